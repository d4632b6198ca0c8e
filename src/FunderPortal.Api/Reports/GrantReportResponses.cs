using FunderPortal.Api.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Reports;

// The grant report as clients receive it, mapped from the grains' GrantReport in GrantReportMappings. The same shape on
// the funder's route and the charity's.

/// <summary>How much happened in the period: every value a count.</summary>
public sealed record ReportProgressResponse(int RungChanges, int MilestonesMet, int BarriersOvercome, int CheckInsHeld, int EvidenceAdded);

/// <summary>Each participant asked, counted once by their answer; pending: not answered (yet).</summary>
public sealed record AttestationCountsResponse(int Agree, int AgreeWithComment, int Disagree, int Pending);

/// <summary>An evidence item added in the period and shared with funders, with how participants answered by its end.</summary>
public sealed record ReportEvidenceResponse(string Id, string Title, EvidenceKind Kind, AttestationCountsResponse Attestation);

/// <summary>A participant's own words, given in the period, on an item shared with funders (disagreement included).</summary>
public sealed record ParticipantWordsResponse(string EvidenceId, AttestationStance Stance, string Text);

/// <summary>One of the plan lines the grant names, at the period's end.</summary>
public sealed record ReportLineResponse(string LineId, ResourcingCategory Category, string Description, long TotalPence, long FundedPence, long GapPence);

/// <summary>The whole plan at the period's end, in pence, and the grant's own lines.</summary>
public sealed record ReportResourcingResponse(long TotalPence, long FundedPence, long GapPence, IReadOnlyList<ReportLineResponse> Lines);

/// <summary>The funder's note that it read the report: who wrote it and when.</summary>
public sealed record AcknowledgementResponse(string Note, string By, DateTimeOffset At);

/// <summary>
/// The grant report: made from the journey the charity shares. <c>evidence</c> and <c>participantsWords</c> are null
/// without the Evidence scope, <c>resourcing</c> without the Resourcing scope; <c>from</c> and <c>to</c> both included.
/// </summary>
public sealed record GrantReportResponse(
    string FunderOrgId,
    string GrantId,
    string CharityOrgId,
    DateOnly From,
    DateOnly To,
    ReportProgressResponse Progress,
    IReadOnlyList<ReportEvidenceResponse>? Evidence,
    IReadOnlyList<ParticipantWordsResponse>? ParticipantsWords,
    ReportResourcingResponse? Resourcing,
    LeadershipResponse Leadership,
    IReadOnlyList<AcknowledgementResponse> Acknowledgements);
