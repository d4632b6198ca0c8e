using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FunderPortal.Api.Tests.Fuzzing;

namespace FunderPortal.Api.Tests.Authorisation;

/// <summary>
/// A valid request for each operation of the served document, as one caller would send it: path parameters from the
/// matrix's world, the required query, and a minimal valid body (the document's own example where it is valid as is).
/// </summary>
public sealed class MatrixRequests(MatrixWorld world)
{
    /// <summary>A participant's full answer to a check-in link.</summary>
    public const string VoiceAnswer = """{"principles":{"Equality":4,"Diversity":3,"Access":5,"Reciprocity":2},"benefits":["ListenedTo"]}""";

    /// <summary>Queries an operation cannot do without.</summary>
    private static readonly Dictionary<string, string> RequiredQueries = new(StringComparer.Ordinal)
    {
        ["GetJourneyProgress"] = "?from=2000-01-01T00:00:00Z",
        ["ConnectByBarrier"] = "?barrier=Accessibility",
        ["AddApplicationFile"] = "?kind=Proposal",
        ["ExportPortfolio"] = "?format=csv",
        ["ExportGrants"] = "?format=xlsx",
        ["ExportRoundResults"] = "?format=csv",
        ["ExportPanelPayments"] = "?format=xlsx",
        ["ExportResourcingPlan"] = "?format=csv",
        ["ImportGrants"] = "?dryRun=true",
    };

    /// <summary>A 360Giving package of one grant: the file a grant import takes.</summary>
    public static byte[] GrantFile { get; } = GrantImportHttp.Package(GrantImportHttp.Grant("360G-matrix-1", "GB-CHC-5590001", "Matrix charity"));

    public async Task<HttpRequestMessage> ForAsync(FuzzOperation operation, string caller)
    {
        var path = await PathAsync(operation, caller) + RequiredQueries.GetValueOrDefault(operation.OperationId, "")
            + (operation.OperationId == "ListPeopleWithPersonalData" ? $"?charity={world.Charity.OrgId}" : "");
        var request = new HttpRequestMessage(operation.Method, path);
        if (operation.BodyMediaType == "multipart/form-data")
        {
            var grants = operation.OperationId == "ImportGrants";
            var file = new ByteArrayContent(grants ? GrantFile : SharingHttp.Pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            request.Content = new MultipartFormDataContent { { file, "file", grants ? "matrix.json" : "matrix.pdf" } };
        }
        else if (operation.BodyMediaType is not null)
        {
            request.Content = Http.Json(Body(operation));
        }
        return request;
    }

    private async Task<string> PathAsync(FuzzOperation operation, string caller)
    {
        var segments = new List<string>();
        foreach (var segment in operation.PathTemplate.Split('/'))
            segments.Add(segment.StartsWith('{') ? Uri.EscapeDataString(await ValueAsync(operation, segment.Trim('{', '}'), caller)) : segment);
        return string.Join('/', segments);
    }

    private async Task<string> ValueAsync(FuzzOperation operation, string name, string caller)
    {
        var c = world.Charity;
        var ids = world.Ids;
        var participant = caller == "participantUsedTwice";
        return name switch
        {
            "orgId" when operation.PathTemplate.Contains("/funders/", StringComparison.Ordinal) => ids["funder"],
            "orgId" => c.OrgId,
            "token" when participant => operation.OperationId.Contains("ParticipantCheckIn", StringComparison.Ordinal) ? world.UsedVoiceToken : world.UsedAttestationToken,
            "token" => operation.OperationId switch
            {
                "AcceptCharityInvitation" => await world.NewCharityInvitationAsync(),
                "AcceptPanelInvitation" => await world.NewPanelInvitationAsync(),
                "AnswerAttestation" => world.NextAttestationToken(),
                "AnswerParticipantCheckIn" => world.NextVoiceToken(),
                "GetParticipantCheckIn" => world.PeekVoiceToken,
                _ => world.PeekAttestationToken,
            },
            "workstreamId" => c.Workstream,
            "checkInId" => c.CheckIn,
            "evidenceId" => c.Evidence,
            "attachmentId" => c.Attachment,
            "lineId" => c.Line,
            "fundingId" => c.Funding,
            "participant" => "p-1",
            "activityKind" => "CoDesign",
            "subject" => "matrix-someone-else",
            "roundId" => ids["round"],
            "milestoneId" => ids["milestone"],
            "barrierId" => ids["barrier"],
            "shareId" => ids["share"],
            "programmeId" => ids["programme"],
            "grantId" => ids["grant"],
            "importId" => ids["import"],
            "feedbackId" => ids["feedback"],
            "pledgeId" => ids["pledge"],
            "funderOrgId" => ids["funder"],
            "itemId" => ids["inboxItem"],
            "applicationId" => ids["application"],
            "fileId" => ids["file"],
            "panellistId" => ids["panellist"],
            "id" when operation.PathTemplate.StartsWith("/api/v1/me/notifications/", StringComparison.Ordinal) => "matrix-no-such-notification",
            _ => throw new InvalidOperationException($"The matrix has no value for {{{name}}} in {operation.PathTemplate}: add one."),
        };
    }

    /// <summary>The document's example, with the world's own ids where the example names something that must exist.</summary>
    private string Body(FuzzOperation operation)
    {
        var c = world.Charity;
        return operation.OperationId switch
        {
            "RegisterCharity" => $$"""{"orgId":"{{Http.NewOrgId()}}","name":"Matrix charity","sizeBand":"Small"}""",
            "RegisterFunder" => $$"""{"orgId":"{{Http.NewOrgId()}}","name":"Matrix trust"}""",
            "IssueDevToken" => """{"subject":"matrix-token"}""",
            "SetCharityMember" or "SetFunderMember" => """{"role":"Viewer"}""",
            "InviteCharityMember" => """{"role":"Viewer"}""",
            "RecordEvidence" => $$"""{"kind":"MeetingNote","title":"Matrix","workstreamId":"{{c.Workstream}}"}""",
            "ChangeEvidence" => $$"""{"kind":"MeetingNote","title":"Members shortlisted the new worker","workstreamId":"{{c.Workstream}}","visibility":"SharedWithFunders"}""",
            "RecordEvidenceConsent" => """{"scope":"SharedWithFunders"}""",
            "RequestAttestations" => """{"participants":["p-99"]}""",
            "ReplyToAttestation" => """{"reply":"Thank you"}""",
            "ShareWithFunder" => SharingHttp.ShareJson(world.Ids["funder"], """["Journey"]"""),
            "PlanResourcingLine" or "ChangeResourcingLine" => ResourcingRoutesTests.StaffLine,
            "RecordLineFunding" or "ChangeLineFunding" => """{"kind":"SelfFunded","amountPence":1}""",
            "RecordCheckIn" => JourneyRoutesTests.FullCheckIn,
            "RecordGrant" => FunderHttp.GrantJson.Replace("GB-CHC-1234567", c.OrgId, StringComparison.Ordinal),
            "GiveFeedback" => $$"""{"charityOrgId":"{{c.OrgId}}","kind":"Feedback","text":"Matrix"}""",
            "OfferPledge" => $$"""{"charityOrgId":"{{c.OrgId}}","lineId":"{{c.Line}}","amountPence":100}""",
            "SubmitApplication" => $$$"""{"charityOrgId":"{{{c.OrgId}}}","amountRequestedPence":200000,"eligibilityAnswers":{"q1":true}}""",
            "ChangeMyPreferences" => """{"language":"en"}""",
            "MoveRoundPhase" => """{"phase":"Scoring"}""",
            "ChangeRound" or "CreateRound" => RoundHttp.RoundJson,
            "SubmitMyScores" => """{"scores":{"c1":3,"c2":3}}""",
            "SubmitMyTopPicks" => """{"applicationIds":[]}""",
            "RecordPanelTime" => """{"activity":"Reading","minutes":90}""",
            "DeclareConflict" => """{"declaration":"Declared","details":"I volunteer there"}""",
            "AnswerAttestation" => """{"stance":"Agree"}""",
            "AnswerParticipantCheckIn" => VoiceAnswer,
            "MakeParticipantCheckInLinks" => """{"participants":["p-99"]}""",
            "AddDiscussionNote" or "ReplyToFeedback" => """{"text":"Matrix"}""",
            "AcknowledgeGrantReport" => """{"note":"Matrix"}""",
            "RecordDecision" => """{"outcome":"NotFunded","rationale":"Matrix"}""",
            _ => operation.BodyExample?.ToJsonString() ?? "{}",
        };
    }
}
