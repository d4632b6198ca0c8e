using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

// The grant report: the shared journey over a grant's period, read by the funder that made the grant and by the
// charity's own members. Immutable views, safe to pass between grains.

/// <summary>The days a report covers, both included.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportPeriod")]
public sealed record ReportPeriod(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To)
{
    /// <summary>The first instant of <see cref="From"/> (UTC): everything recorded on that day is in the period.</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The last instant of <see cref="To"/> (UTC).</summary>
    public DateTimeOffset End => new(To.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant <= End;
}

/// <summary>What the charity grain needs to know of a grant to report on it, as the funder recorded it.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportedGrant")]
public sealed record ReportedGrant(
    [property: Id(0)] string FunderOrgId,
    [property: Id(1)] string FunderName,
    [property: Id(2)] Grant Grant,
    [property: Id(3)] IReadOnlyList<ReportAcknowledgement> Acknowledgements);

/// <summary>How much happened in the period, as counts.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportProgress")]
public sealed record ReportProgress(
    [property: Id(0)] int RungChanges,
    [property: Id(1)] int MilestonesMet,
    [property: Id(2)] int BarriersOvercome,
    [property: Id(3)] int CheckInsHeld,
    [property: Id(4)] int EvidenceAdded);

/// <summary>How the participants asked answered: each answer once, unanswered asks as pending.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationCounts")]
public sealed record AttestationCounts(
    [property: Id(0)] int Agree,
    [property: Id(1)] int AgreeWithComment,
    [property: Id(2)] int Disagree,
    [property: Id(3)] int Pending);

/// <summary>An evidence item added in the period, with how participants answered by the period's end.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportEvidence")]
public sealed record ReportEvidence(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] EvidenceKind Kind,
    [property: Id(3)] AttestationCounts Attestation);

/// <summary>A participant's own words on an item shared with funders, given in the period (sealed until the grain opens it).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ParticipantWords")]
public sealed record ParticipantWords(
    [property: Id(0)] string EvidenceId,
    [property: Id(1)] AttestationStance Stance,
    [property: Id(2)] string Text);

/// <summary>One of the plan lines the grant names, as it stood at the period's end.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportLine")]
public sealed record ReportLine(
    [property: Id(0)] string LineId,
    [property: Id(1)] ResourcingCategory Category,
    [property: Id(2)] string Description,
    [property: Id(3)] long TotalPence,
    [property: Id(4)] long FundedPence,
    [property: Id(5)] long GapPence);

/// <summary>The plan's totals at the period's end, and the grant's own lines.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReportResourcing")]
public sealed record ReportResourcing(
    [property: Id(0)] long TotalPence,
    [property: Id(1)] long FundedPence,
    [property: Id(2)] long GapPence,
    [property: Id(3)] IReadOnlyList<ReportLine> Lines);

/// <summary>
/// What the charity's history says about a period, limited to what its shares with the funder cover: evidence and
/// participants' words need <see cref="ShareScope.Evidence"/>, resourcing needs <see cref="ShareScope.Resourcing"/>
/// (null without it).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantReportSections")]
public sealed record GrantReportSections(
    [property: Id(0)] string CharityName,
    [property: Id(1)] ReportProgress Progress,
    [property: Id(2)] IReadOnlyList<ReportEvidence>? Evidence,
    [property: Id(3)] IReadOnlyList<ParticipantWords>? ParticipantsWords,
    [property: Id(4)] ReportResourcing? Resourcing,
    [property: Id(5)] LeadershipView Leadership,
    [property: Id(6)] IReadOnlyList<ShareScope> SharedScopes);

/// <summary>The grant report: the grant, the period, the journey's sections and the funder's acknowledgements.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantReport")]
public sealed record GrantReport(
    [property: Id(0)] ReportedGrant Grant,
    [property: Id(1)] ReportPeriod Period,
    [property: Id(2)] GrantReportSections Sections)
{
    public string FunderOrgId => Grant.FunderOrgId;

    public string GrantId => Grant.Grant.Id;

    public string CharityOrgId => Grant.Grant.CharityOrgId;

    public IReadOnlyList<ReportAcknowledgement> Acknowledgements => Grant.Acknowledgements;
}
