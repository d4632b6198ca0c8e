namespace FunderPortal.Api.Tests.Authorisation;

/// <summary>The expected status of every operation for every kind of caller: the one table to read and to extend.</summary>
public static class AuthorisationMatrix
{
    // Columns, in order:
    //  1 anonymous             no token at all
    //  2 nonMember             signed in, member of nothing
    //  3 charityViewer         a viewer of the world's charity
    //  4 otherCharityEditor    an editor of another charity
    //  5 funderNoShare         an editor of a funder the charity does not share with
    //  6 expiredShare          an editor of a funder whose share has expired
    //  7 revokedShare          an editor of a funder whose share was revoked
    //  8 sharedFunder          an editor of the funder with a live share (Journey, Resourcing, Evidence) and the round
    //  9 otherRoundPanellist   a panellist (panel-only token) of another funder's round
    // 10 conflictedPanellist   a panellist (panel-only token) of the round, conflicted on its application
    // 11 participantUsedTwice  a participant presenting an attestation link they already used
    // 12 platformAdmin         a subject listed in Portal__Admins, member of nothing
    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Open to all: development tokens (embedded default only), the vocabulary, links that are their own credential
        // (joining a charity by link needs an account, not a panellist-only token).
        ["IssueDevToken"] = "200 200 200 200 200 200 200 200 200 200 200 200",
        ["GetVocabulary"] = "200 200 200 200 200 200 200 200 200 200 200 200",
        ["AcceptCharityInvitation"] = "401 200 200 200 200 200 200 200 403 403 401 200",
        ["AcceptPanelInvitation"] = "200 200 200 200 200 200 200 200 200 200 404 200",
        // Anyone with an account founds an organisation; a panellist-only token may not (it ends with its round).
        ["RegisterCharity"] = "401 201 201 201 201 201 201 201 403 403 401 201",
        // The charity: members read; a funder with a live share reads what it covers; editors alone change (viewer 403);
        // anyone else, expired and revoked shares and admins included, is told it is not found.
        ["GetCharity"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ChangeCharity"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ListCharityMembers"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["SetCharityMember"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RemoveCharityMember"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["InviteCharityMember"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["StartWorkstream"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetJourney"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["GetJourneyProgress"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["RecordCheckIn"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ListCheckIns"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["GetCheckIn"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["MakeParticipantCheckInLinks"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RecordLeadership"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetLeadership"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["GetCharityAudit"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["GetCharityHistory"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["ListCharityApplications"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["RecordEvidence"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ListEvidence"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ShareWithFunder"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ListShares"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["RevokeShare"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetShareAccessLog"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["GetWorkstream"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ChangeWorkstream"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["SetRungs"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RecordParticipants"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["SetPractices"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["PlanMilestone"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["UpdateMilestone"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RecordBarrier"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["UpdateBarrier"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetEvidence"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ChangeEvidence"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RecordEvidenceConsent"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["WithdrawEvidenceConsent"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["AddEvidenceAttachment"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetEvidenceAttachment"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["RequestAttestations"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ReplyToAttestation"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetResourcingSummary"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["PlanResourcingLine"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ListResourcingLines"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ExportResourcingPlan"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["GetResourcingLine"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ChangeResourcingLine"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["WithdrawResourcingLine"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RecordLineFunding"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetLineFunding"] = "401 404 200 404 404 404 404 200 404 404 401 404",
        ["ChangeLineFunding"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["RemoveLineFunding"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["AcceptPledge"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["DeclinePledge"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        // What funders did towards the charity is for its members alone, a funder it shares with included: each member marks
        // their own inbox read (a viewer too); only editors reply to feedback.
        // A person's own notifications: anyone with an account (an id not theirs is not found); a panellist-only token has
        // no person behind it.
        ["ListMyNotifications"] = "401 200 200 200 200 200 200 200 403 403 401 200",
        ["MarkAllMyNotificationsRead"] = "401 204 204 204 204 204 204 204 403 403 401 204",
        ["MarkMyNotificationRead"] = "401 404 404 404 404 404 404 404 403 403 401 404",
        ["GetMyPreferences"] = "401 200 200 200 200 200 200 200 403 403 401 200",
        ["ChangeMyPreferences"] = "401 200 200 200 200 200 200 200 403 403 401 200",
        ["GetCharityInbox"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["MarkInboxItemRead"] = "401 404 204 404 404 404 404 404 404 404 401 404",
        ["ListCharityFeedback"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["GetCharityFeedback"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["ReplyToFeedback"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["ListCharityGrants"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        // A participant's link is the only credential: any caller with an unused one; a used one is not found.
        ["GetAttestation"] = "200 200 200 200 200 200 200 200 200 200 404 200",
        ["AnswerAttestation"] = "204 204 204 204 204 204 204 204 204 204 404 204",
        ["GetParticipantCheckIn"] = "200 200 200 200 200 200 200 200 200 200 404 200",
        ["AnswerParticipantCheckIn"] = "204 204 204 204 204 204 204 204 204 204 404 204",
        ["RegisterFunder"] = "401 201 201 201 201 201 201 201 403 403 401 201",
        // The funder: its own members only (the shared funder's editor); everyone else, admins included, not found.
        ["GetFunder"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["ChangeFunder"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["ListFunderMembers"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["SetFunderMember"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["RemoveFunderMember"] = "401 404 404 404 404 404 404 204 404 404 401 404",
        ["ListProgrammes"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["AddProgramme"] = "401 404 404 404 404 404 404 201 404 404 401 404",
        ["ChangeProgramme"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["RecordGrant"] = "401 404 404 404 404 404 404 201 404 404 401 404",
        ["ListGrants"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["ExportGrants"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["GetGrant"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        // The grant report: the funder that made the grant, through a live Journey share; the charity's own members on theirs.
        ["GetGrantReport"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["AcknowledgeGrantReport"] = "401 404 404 404 404 404 404 201 404 404 401 404",
        ["GetCharityGrantReport"] = "401 404 200 404 404 404 404 404 404 404 401 404",
        ["GiveFeedback"] = "401 404 404 404 404 404 404 201 404 404 401 404",
        ["ListFeedback"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["GetFeedback"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["GetPortfolio"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["ExportPortfolio"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["GetPortfolioInsights"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["GetFunderAccessLog"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["ConnectByBarrier"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["Get360GivingPackage"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        // Grant imports: the funder's editors import; its members follow an import; everyone else, not found.
        ["ImportGrants"] = "401 404 404 404 404 404 404 202 404 404 401 404",
        ["ListGrantImports"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["GetGrantImport"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["ListGrantImportRows"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["SetFunderPublication"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        // The funder publishes its grants (the world's funder opted in): open data, for anyone, however they come.
        ["GetPublished360Giving"] = "200 200 200 200 200 200 200 200 200 200 200 200",
        ["OfferPledge"] = "401 404 404 404 404 404 404 201 404 404 401 404",
        ["WithdrawPledge"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        ["CreateRound"] = "401 404 404 404 404 404 404 201 404 404 401 404",
        ["ListRounds"] = "401 404 404 404 404 404 404 200 404 404 401 404",
        // The round: anyone signed in reads its setup once Open; the funder runs it; the panel scores; the applicant's members read
        // their own application; a conflicted panellist neither scores it nor sees its discussion; Scoring refuses early results (409).
        ["GetRound"] = "401 200 200 200 200 200 200 200 200 200 401 200",
        ["ChangeRound"] = "401 404 404 404 404 404 404 409 404 403 401 404",
        ["MoveRoundPhase"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        ["SubmitApplication"] = "401 403 403 403 403 403 403 403 403 403 401 403",
        ["ListApplications"] = "401 404 404 404 404 404 404 200 404 200 401 404",
        ["GetApplication"] = "401 404 200 404 404 404 404 200 404 200 401 404",
        ["AddApplicationFile"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["GetApplicationFile"] = "401 404 200 404 404 404 404 200 404 200 401 404",
        // Only the applicant's editors change, submit or withdraw their application and its recordings (its viewer: 403).
        ["ChangeApplication"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["SubmitApplicationDraft"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["WithdrawApplication"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["SetRecordingTranscript"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        ["SetRecordingCaptions"] = "401 404 403 404 404 404 404 404 404 404 401 404",
        // The world's file is a proposal: it has no captions, whoever may read it.
        ["GetRecordingCaptions"] = "401 404 404 404 404 404 404 404 404 404 401 404",
        ["SetRoundPublication"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        // The public face, without a token: the index for anyone; the world's round is not published while reads run.
        ["ListPublicRounds"] = "200 200 200 200 200 200 200 200 200 200 200 200",
        ["GetPublicRound"] = "404 404 404 404 404 404 404 404 404 404 404 404",
        ["InvitePanellist"] = "401 404 404 404 404 404 404 201 404 403 401 404",
        ["ListPanellists"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        ["GetMyPanellist"] = "401 404 404 404 404 404 404 404 404 200 401 404",
        ["ChangeMyPanelPreferences"] = "401 404 404 404 404 404 404 403 404 200 401 404",
        ["RecordPanelTime"] = "401 404 404 404 404 404 404 201 404 201 401 404",
        ["GetPanelPayments"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        ["ExportPanelPayments"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        ["ListConflicts"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        // A scoring round takes no top picks: refused as an invalid body (400) before its judging mode is looked at.
        ["SubmitMyTopPicks"] = "401 404 404 404 404 404 404 403 404 400 401 404",
        ["GetMyTopPicks"] = "401 404 404 404 404 404 404 403 404 200 401 404",
        ["GetRoundResults"] = "401 404 404 404 404 404 404 409 404 409 401 404",
        ["ExportRoundResults"] = "401 404 404 404 404 404 404 409 404 409 401 404",
        ["DeclareConflict"] = "401 404 404 404 404 404 404 403 404 200 401 404",
        ["SubmitMyScores"] = "401 404 404 404 404 404 404 403 404 409 401 404",
        ["GetMyScores"] = "401 404 404 404 404 404 404 403 404 404 401 404",
        ["ListScores"] = "401 404 404 404 404 404 404 409 404 409 401 404",
        ["AddDiscussionNote"] = "401 404 404 404 404 404 404 409 404 409 401 404",
        ["ListDiscussionNotes"] = "401 404 404 404 404 404 404 200 404 403 401 404",
        ["RecordDecision"] = "401 404 404 404 404 404 404 409 404 403 401 404",
        // Platform admins only (403 for everyone else signed in).
        ["VerifyCharity"] = "401 403 403 403 403 403 403 403 403 403 401 200",
        ["WithdrawCharityVerification"] = "401 403 403 403 403 403 403 403 403 403 401 204",
        ["VerifyFunder"] = "401 403 403 403 403 403 403 403 403 403 401 200",
        ["WithdrawFunderVerification"] = "401 403 403 403 403 403 403 403 403 403 401 204",
        // Personal-data requests (subject access, erasure): platform admins only, whoever the person is.
        ["ListPeopleWithPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 200",
        ["ExportUserPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 200",
        ["EraseUserPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 204",
        ["ExportParticipantPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 200",
        ["EraseParticipantPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 204",
        ["ExportPanellistPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 200",
        ["ErasePanellistPersonalData"] = "401 403 403 403 403 403 403 403 403 403 401 204",
        // Failing mail, with masked addresses: platform admins only.
        ["ListMailFailures"] = "401 403 403 403 403 403 403 403 403 403 401 200",
    };
}
