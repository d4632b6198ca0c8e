using FunderPortal.Common;

namespace FunderPortal.Charities;

// What the charity grain answers about the resourcing plan. Every amount is whole pence sterling.

/// <summary>
/// Total cost, what is funded (self-funded + committed + received + accepted pledges), the gap (total − funded)
/// and what funders have offered but the charity has not yet accepted (not counted as funded).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ResourcingAmounts")]
public sealed record ResourcingAmounts(
    [property: Id(0)] long TotalPence,
    [property: Id(1)] long FundedPence,
    [property: Id(2)] long GapPence,
    [property: Id(3)] long OfferedPence)
{
    public static readonly ResourcingAmounts Zero = new(0, 0, 0, 0);

    public ResourcingAmounts Plus(ResourcingAmounts other) => new(
        checked(TotalPence + other.TotalPence),
        checked(FundedPence + other.FundedPence),
        checked(GapPence + other.GapPence),
        checked(OfferedPence + other.OfferedPence));
}

[GenerateSerializer, Immutable, Alias("FunderPortal.ResourcingLineView")]
public sealed record ResourcingLineView(
    [property: Id(0)] string Id,
    [property: Id(1)] ResourcingLineTerms Terms,
    [property: Id(2)] ResourcingAmounts Amounts,
    [property: Id(3)] IReadOnlyList<LineFunding> Funding,
    [property: Id(4)] IReadOnlyList<Pledge> Pledges,
    [property: Id(5)] DateTimeOffset PlannedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt);

/// <summary>The lines whose period starts in <see cref="Year"/> (a line is never split across years: that would split pence).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PeriodTotals")]
public sealed record PeriodTotals(
    [property: Id(0)] int Year,
    [property: Id(1)] ResourcingAmounts Amounts);

[GenerateSerializer, Immutable, Alias("FunderPortal.CategoryTotals")]
public sealed record CategoryTotals(
    [property: Id(0)] ResourcingCategory Category,
    [property: Id(1)] ResourcingAmounts Amounts);

/// <summary>One workstream's lines; <see cref="WorkstreamId"/> null for lines linked to none.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.WorkstreamTotals")]
public sealed record WorkstreamTotals(
    [property: Id(0)] string? WorkstreamId,
    [property: Id(1)] string? Title,
    [property: Id(2)] ResourcingAmounts Amounts);

[GenerateSerializer, Immutable, Alias("FunderPortal.ResourcingWarning")]
public sealed record ResourcingWarning(
    [property: Id(0)] ResourcingWarningKind Kind,
    [property: Id(1)] string? WorkstreamId,
    [property: Id(2)] string? WorkstreamTitle,
    [property: Id(3)] string Message);

/// <summary>
/// The plan in figures. <see cref="ParticipantShareBasisPoints"/> is the participant payment lines' share of the
/// total in hundredths of a percent, rounded down; null while the plan costs nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ResourcingSummary")]
public sealed record ResourcingSummary(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] int LineCount,
    [property: Id(2)] ResourcingAmounts Plan,
    [property: Id(3)] long ParticipantPaymentPence,
    [property: Id(4)] int? ParticipantShareBasisPoints,
    [property: Id(5)] IReadOnlyList<PeriodTotals> ByPeriod,
    [property: Id(6)] IReadOnlyList<CategoryTotals> ByCategory,
    [property: Id(7)] IReadOnlyList<WorkstreamTotals> ByWorkstream,
    [property: Id(8)] IReadOnlyList<ResourcingWarning> Warnings);
