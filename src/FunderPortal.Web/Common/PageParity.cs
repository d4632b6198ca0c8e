namespace FunderPortal.Web.Common;

/// <summary>How an operation of the API is done by a person in the portal.</summary>
public enum ParityKind
{
    /// <summary>On the pages named: the same grain call, through a form or a read the page shows.</summary>
    Pages,
    /// <summary>Only through the API, for the reason given: nobody is meant to do it in a browser.</summary>
    ApiOnly,
}

/// <summary>Where one operation is done: its pages (route templates as in <c>@page</c>), or why there is no page.</summary>
public sealed record ParityEntry(ParityKind Kind, IReadOnlyList<string> Routes, string? Reason)
{
    public static ParityEntry On(params string[] routes) => new(ParityKind.Pages, routes, null);

    public static ParityEntry ApiOnly(string reason) => new(ParityKind.ApiOnly, [], reason);
}

/// <summary>
/// Every operation of the API (by its operationId) and the page where a person does it, or why it is for the API alone.
/// A test reads the served OpenAPI document against this table: an operation in neither fails it, and so does an entry
/// whose operation is gone or whose page is not a page of the portal, so the pages cannot fall behind the API again.
/// </summary>
public static class PageParity
{
    private const string Charity = "/charities/{OrgId}";
    private const string Funder = "/funders/{OrgId}";
    private const string Round = "/rounds/{RoundId}";
    private const string Application = "/rounds/{RoundId}/applications/{ApplicationId}";
    private const string EvidenceItem = Charity + "/evidence/{EvidenceId}";
    private const string PlanLine = Charity + "/plan/lines/{LineId}";
    private const string AdminTask = "A platform admin's task (verifying organisations, personal data requests): admins are the portal's operators and work through the API, with their requests logged.";

    public static IReadOnlyDictionary<string, ParityEntry> Operations { get; } = new Dictionary<string, ParityEntry>(StringComparer.Ordinal)
    {
        // Sign-in, words, links.
        ["IssueDevToken"] = ParityEntry.ApiOnly("A development route: browsers sign in by cookie at /sign-in (the same development identities) instead."),
        ["GetVocabulary"] = ParityEntry.ApiOnly("An integration's read of the portal's words: every page shows them in place, in plain English, beside the fields that use them."),
        ["AcceptCharityInvitation"] = ParityEntry.On("/join/{Token}"),
        ["AcceptPanelInvitation"] = ParityEntry.On("/panel/join/{Token}"),
        ["GetAttestation"] = ParityEntry.On("/attest/{Token}"),
        ["AnswerAttestation"] = ParityEntry.On("/attest/{Token}"),
        ["GetParticipantCheckIn"] = ParityEntry.On("/voice/{Token}"),
        ["AnswerParticipantCheckIn"] = ParityEntry.On("/voice/{Token}"),

        // A person: their notifications and how they are told.
        ["ListMyNotifications"] = ParityEntry.On("/notifications"),
        ["MarkMyNotificationRead"] = ParityEntry.On("/notifications"),
        ["MarkAllMyNotificationsRead"] = ParityEntry.On("/notifications"),
        ["GetMyPreferences"] = ParityEntry.On("/me/preferences"),
        ["ChangeMyPreferences"] = ParityEntry.On("/me/preferences"),

        // A charity: profile and members.
        ["RegisterCharity"] = ParityEntry.On("/charities/new"),
        ["GetCharity"] = ParityEntry.On(Charity + "/members"),
        ["ChangeCharity"] = ParityEntry.On(Charity + "/members"),
        ["ListCharityMembers"] = ParityEntry.On(Charity + "/members"),
        ["SetCharityMember"] = ParityEntry.On(Charity + "/members"),
        ["RemoveCharityMember"] = ParityEntry.On(Charity + "/members"),
        ["InviteCharityMember"] = ParityEntry.On(Charity + "/members"),

        // The journey map.
        ["GetJourney"] = ParityEntry.On(Charity),
        ["GetJourneyProgress"] = ParityEntry.On(Charity + "/progress"),
        ["GetCharityHistory"] = ParityEntry.On(Charity + "/timeline"),
        ["GetCharityAudit"] = ParityEntry.On(Charity + "/audit"),
        ["StartWorkstream"] = ParityEntry.On(Charity + "/workstreams/new"),
        ["GetWorkstream"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}"),
        ["ChangeWorkstream"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}"),
        ["SetRungs"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}"),
        ["RecordParticipants"] = ParityEntry.On(Charity + "/participants"),
        ["SetPractices"] = ParityEntry.On(Charity + "/participants"),
        ["PlanMilestone"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}"),
        ["UpdateMilestone"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}/milestones/{MilestoneId}"),
        ["RecordBarrier"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}"),
        ["UpdateBarrier"] = ParityEntry.On(Charity + "/workstreams/{WorkstreamId}/barriers/{BarrierId}"),
        ["RecordCheckIn"] = ParityEntry.On(Charity + "/check-in"),
        ["ListCheckIns"] = ParityEntry.On(Charity + "/check-in"),
        ["GetCheckIn"] = ParityEntry.On(Charity + "/check-ins/{CheckInId}"),
        ["MakeParticipantCheckInLinks"] = ParityEntry.On(Charity + "/check-ins/{CheckInId}"),
        ["RecordLeadership"] = ParityEntry.On(Charity + "/leadership"),

        // What funders send the charity: its inbox, their feedback as a conversation, their grants.
        ["GetCharityInbox"] = ParityEntry.On(Charity + "/inbox"),
        ["MarkInboxItemRead"] = ParityEntry.On(Charity + "/inbox"),
        ["ListCharityFeedback"] = ParityEntry.On(Charity + "/feedback"),
        ["GetCharityFeedback"] = ParityEntry.On(Charity + "/feedback/{FunderOrgId}/{FeedbackId}"),
        ["ReplyToFeedback"] = ParityEntry.On(Charity + "/feedback/{FunderOrgId}/{FeedbackId}"),
        ["ListCharityGrants"] = ParityEntry.On(Charity + "/grants"),
        ["GetCharityGrantReport"] = ParityEntry.On(Charity + "/grants/{FunderOrgId}/{GrantId}/report"),
        ["GetLeadership"] = ParityEntry.On(Charity + "/leadership"),

        // Evidence.
        ["RecordEvidence"] = ParityEntry.On(Charity + "/evidence"),
        ["ListEvidence"] = ParityEntry.On(Charity + "/evidence"),
        ["GetEvidence"] = ParityEntry.On(EvidenceItem),
        ["ChangeEvidence"] = ParityEntry.On(EvidenceItem),
        ["RecordEvidenceConsent"] = ParityEntry.On(EvidenceItem),
        ["WithdrawEvidenceConsent"] = ParityEntry.On(EvidenceItem),
        ["AddEvidenceAttachment"] = ParityEntry.On(EvidenceItem),
        ["GetEvidenceAttachment"] = ParityEntry.On(EvidenceItem),
        ["RequestAttestations"] = ParityEntry.On(EvidenceItem),
        ["ReplyToAttestation"] = ParityEntry.On(EvidenceItem),

        // Sharing.
        ["ShareWithFunder"] = ParityEntry.On(Charity + "/sharing"),
        ["ListShares"] = ParityEntry.On(Charity + "/sharing"),
        ["RevokeShare"] = ParityEntry.On(Charity + "/sharing"),
        ["GetShareAccessLog"] = ParityEntry.On(Charity + "/sharing"),

        // The resourcing plan: the plan lists every line; a line's own page changes it, withdraws it and keeps its money.
        ["GetResourcingSummary"] = ParityEntry.On(Charity + "/plan"),
        ["ListResourcingLines"] = ParityEntry.On(Charity + "/plan"),
        ["ExportResourcingPlan"] = ParityEntry.On(Charity + "/plan"),
        ["PlanResourcingLine"] = ParityEntry.On(Charity + "/plan"),
        ["GetResourcingLine"] = ParityEntry.On(PlanLine),
        ["ChangeResourcingLine"] = ParityEntry.On(Charity + "/plan", PlanLine),
        ["WithdrawResourcingLine"] = ParityEntry.On(Charity + "/plan", PlanLine),
        ["RecordLineFunding"] = ParityEntry.On(Charity + "/plan", PlanLine),
        ["GetLineFunding"] = ParityEntry.On(PlanLine),
        ["ChangeLineFunding"] = ParityEntry.On(PlanLine),
        ["RemoveLineFunding"] = ParityEntry.On(PlanLine),
        ["AcceptPledge"] = ParityEntry.On(Charity + "/plan"),
        ["DeclinePledge"] = ParityEntry.On(Charity + "/plan"),

        // A funder.
        ["RegisterFunder"] = ParityEntry.On("/funders/new"),
        ["GetFunder"] = ParityEntry.On(Funder + "/profile"),
        ["ChangeFunder"] = ParityEntry.On(Funder + "/profile"),
        ["ListFunderMembers"] = ParityEntry.On(Funder + "/members"),
        ["SetFunderMember"] = ParityEntry.On(Funder + "/members"),
        ["RemoveFunderMember"] = ParityEntry.On(Funder + "/members"),
        ["ListProgrammes"] = ParityEntry.On(Funder + "/programmes"),
        ["AddProgramme"] = ParityEntry.On(Funder + "/programmes"),
        ["ChangeProgramme"] = ParityEntry.On(Funder + "/programmes"),
        ["GetPortfolio"] = ParityEntry.On(Funder, Funder + "/portfolio"),
        ["ExportPortfolio"] = ParityEntry.On(Funder, Funder + "/portfolio"),
        ["GetPortfolioInsights"] = ParityEntry.On(Funder + "/insights"),
        ["ConnectByBarrier"] = ParityEntry.On(Funder + "/connect"),
        ["GetFunderAccessLog"] = ParityEntry.On(Funder + "/access-log"),
        ["RecordGrant"] = ParityEntry.On(Funder + "/grants"),
        ["ListGrants"] = ParityEntry.On(Funder + "/grants"),
        ["ExportGrants"] = ParityEntry.On(Funder + "/grants"),
        ["GetGrant"] = ParityEntry.On(Funder + "/grants"),
        ["Get360GivingPackage"] = ParityEntry.On(Funder + "/grants"),
        ["ImportGrants"] = ParityEntry.On(Funder + "/imports"),
        ["ListGrantImports"] = ParityEntry.On(Funder + "/imports"),
        ["GetGrantImport"] = ParityEntry.On(Funder + "/imports"),
        ["ListGrantImportRows"] = ParityEntry.On(Funder + "/imports"),
        ["SetFunderPublication"] = ParityEntry.On(Funder + "/profile"),
        ["GetPublished360Giving"] = ParityEntry.ApiOnly("Open data for 360Giving's tools and anyone else to read as JSON: the funder's profile page shows its address, and its grants page the same package."),
        ["GetGrantReport"] = ParityEntry.On(Funder + "/grants/{GrantId}/report"),
        ["AcknowledgeGrantReport"] = ParityEntry.On(Funder + "/grants/{GrantId}/report"),
        ["GiveFeedback"] = ParityEntry.On(Funder + "/feedback", Funder + "/charities/{CharityOrgId}"),
        ["ListFeedback"] = ParityEntry.On(Funder + "/feedback"),
        ["GetFeedback"] = ParityEntry.On(Funder + "/feedback"),
        ["OfferPledge"] = ParityEntry.On(Funder + "/charities/{CharityOrgId}"),
        ["WithdrawPledge"] = ParityEntry.On(Funder + "/charities/{CharityOrgId}"),

        // Grant rounds: what the round pages do already; the rest comes with the rounds issue.
        ["ListRounds"] = ParityEntry.On(Funder + "/rounds", Funder),
        ["CreateRound"] = ParityEntry.On(Funder + "/rounds/new"),
        ["GetRound"] = ParityEntry.On(Round),
        ["ChangeRound"] = ParityEntry.On(Round + "/setup"),
        ["MoveRoundPhase"] = ParityEntry.On(Round),
        ["SubmitApplication"] = ParityEntry.On(Round),
        ["ListApplications"] = ParityEntry.On(Round),
        ["GetApplication"] = ParityEntry.On(Application),
        ["ChangeApplication"] = ParityEntry.On(Application),
        ["SubmitApplicationDraft"] = ParityEntry.On(Application),
        ["WithdrawApplication"] = ParityEntry.On(Application),
        ["AddApplicationFile"] = ParityEntry.On(Application),
        ["GetApplicationFile"] = ParityEntry.On(Application),
        ["SetRecordingTranscript"] = ParityEntry.On(Application),
        ["SetRecordingCaptions"] = ParityEntry.On(Application),
        ["GetRecordingCaptions"] = ParityEntry.On(Application),
        ["SetRoundPublication"] = ParityEntry.On(Round),
        ["ListPublicRounds"] = ParityEntry.On("/rounds"),
        ["GetPublicRound"] = ParityEntry.On(Round + "/public"),
        ["ListCharityApplications"] = ParityEntry.On(Charity + "/applications"),
        ["InvitePanellist"] = ParityEntry.On(Round),
        ["ListPanellists"] = ParityEntry.On(Round + "/payments"),
        ["GetMyPanellist"] = ParityEntry.On(Round + "/me"),
        ["ChangeMyPanelPreferences"] = ParityEntry.On(Round + "/me"),
        ["RecordPanelTime"] = ParityEntry.On(Round + "/payments"),
        ["GetPanelPayments"] = ParityEntry.On(Round + "/payments"),
        ["ExportPanelPayments"] = ParityEntry.On(Round + "/payments"),
        ["ListConflicts"] = ParityEntry.On(Round + "/conflicts"),
        ["SubmitMyTopPicks"] = ParityEntry.On(Round + "/top-picks"),
        ["GetMyTopPicks"] = ParityEntry.On(Round + "/top-picks"),
        ["GetRoundResults"] = ParityEntry.On(Round),
        ["ExportRoundResults"] = ParityEntry.On(Round),
        ["DeclareConflict"] = ParityEntry.On(Application),
        ["SubmitMyScores"] = ParityEntry.On(Application),
        ["GetMyScores"] = ParityEntry.On(Application),
        ["ListScores"] = ParityEntry.On(Application),
        ["AddDiscussionNote"] = ParityEntry.On(Application),
        ["ListDiscussionNotes"] = ParityEntry.On(Application),
        ["RecordDecision"] = ParityEntry.On(Round),

        // The platform's admins.
        ["ListMailFailures"] = ParityEntry.On("/admin/mail"),
        ["VerifyCharity"] = ParityEntry.ApiOnly(AdminTask),
        ["WithdrawCharityVerification"] = ParityEntry.ApiOnly(AdminTask),
        ["VerifyFunder"] = ParityEntry.ApiOnly(AdminTask),
        ["WithdrawFunderVerification"] = ParityEntry.ApiOnly(AdminTask),
        ["ListPeopleWithPersonalData"] = ParityEntry.ApiOnly(AdminTask),
        ["ExportUserPersonalData"] = ParityEntry.ApiOnly("An admin export of one person's data (a subject access request), a file for the admin to hand over."),
        ["EraseUserPersonalData"] = ParityEntry.ApiOnly(AdminTask),
        ["ExportParticipantPersonalData"] = ParityEntry.ApiOnly("An admin export of one participant's data (a subject access request), a file for the admin to hand over."),
        ["EraseParticipantPersonalData"] = ParityEntry.ApiOnly(AdminTask),
        ["ExportPanellistPersonalData"] = ParityEntry.ApiOnly("An admin export of one panellist's data (a subject access request), a file for the admin to hand over."),
        ["ErasePanellistPersonalData"] = ParityEntry.ApiOnly(AdminTask),
    };
}
