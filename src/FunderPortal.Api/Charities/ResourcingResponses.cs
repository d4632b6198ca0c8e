using System.ComponentModel;
using FunderPortal.Common;

namespace FunderPortal.Api.Charities;

// What clients receive about the resourcing plan. Amounts are whole pence sterling (currency "GBP").
// fundedPence = self-funded + committed + received + accepted pledges; gapPence = totalPence − fundedPence;
// offeredPence = pledges offered but not yet accepted, which do not count as funded.

public sealed record LineFundingResponse(
    string Id,
    FundingKind Kind,
    long AmountPence,
    string Currency,
    string? FunderName,
    string? FunderOrgId,
    string? Note,
    DateTimeOffset RecordedAt);

/// <summary>funderName is the funder's name as the charity knows it (null only for offers recorded before names were kept).</summary>
public sealed record PledgeResponse(
    string Id,
    string FunderOrgId,
    string? FunderName,
    long AmountPence,
    string Currency,
    string? Note,
    PledgeStatus Status,
    DateTimeOffset OfferedAt,
    DateTimeOffset? DecidedAt);

public sealed record ResourcingLineResponse(
    string Id,
    ResourcingCategory Category,
    string Description,
    long Quantity,
    string Unit,
    long UnitCostPence,
    string Currency,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? WorkstreamId,
    int? Hours,
    long? HourlyRatePence,
    bool? SameRateAsStaff,
    string? Support,
    [property: Description("ParticipantPayment lines: how people are thanked (Paid, NonCash or Declined); null on other lines.")] FunderPortal.Rounds.PaymentChoice? Payment,
    [property: Description("ParticipantPayment lines: why, for the charity's members; null in funders' views and on other lines.")] string? PaymentReason,
    long TotalPence,
    long FundedPence,
    long GapPence,
    long OfferedPence,
    IReadOnlyList<LineFundingResponse> Funding,
    IReadOnlyList<PledgeResponse> Pledges,
    DateTimeOffset PlannedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The lines whose period starts in this calendar year; a line is never split across years.</summary>
public sealed record PeriodTotalsResponse(int Year, long TotalPence, long FundedPence, long GapPence, long OfferedPence);

public sealed record CategoryTotalsResponse(ResourcingCategory Category, long TotalPence, long FundedPence, long GapPence, long OfferedPence);

/// <summary>One workstream's lines; workstreamId and title are null for the lines linked to none.</summary>
public sealed record WorkstreamTotalsResponse(string? WorkstreamId, string? Title, long TotalPence, long FundedPence, long GapPence, long OfferedPence);

public sealed record ResourcingWarningResponse(ResourcingWarningKind Kind, string? WorkstreamId, string? WorkstreamTitle, string Message);

/// <summary>
/// The plan in figures. participantShareBasisPoints is the ParticipantPayment lines' share of totalPence in
/// hundredths of a percent, rounded down (integer arithmetic on pence); participantSharePercent is the same
/// number divided by 100, exactly. Both are null while the plan costs nothing.
/// </summary>
public sealed record ResourcingSummaryResponse(
    DateTimeOffset AsOf,
    string Currency,
    int LineCount,
    long TotalPence,
    long FundedPence,
    long GapPence,
    long OfferedPence,
    long ParticipantPaymentPence,
    int? ParticipantShareBasisPoints,
    decimal? ParticipantSharePercent,
    IReadOnlyList<PeriodTotalsResponse> ByPeriod,
    IReadOnlyList<CategoryTotalsResponse> ByCategory,
    IReadOnlyList<WorkstreamTotalsResponse> ByWorkstream,
    IReadOnlyList<ResourcingWarningResponse> Warnings);
