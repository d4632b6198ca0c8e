using FunderPortal.Common;

namespace FunderPortal.Charities;

// Messages to the charity grain about the resourcing plan. Required values are nullable here so the
// domain can name what is missing; currency is null or "GBP".

/// <summary>A line as it should be (planning one, or replacing one).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ResourcingLineDetails")]
public sealed record ResourcingLineDetails(
    [property: Id(0)] ResourcingCategory? Category,
    [property: Id(1)] string? Description,
    [property: Id(2)] long? Quantity,
    [property: Id(3)] string? Unit,
    [property: Id(4)] long? UnitCostPence,
    [property: Id(5)] DateOnly? PeriodStart,
    [property: Id(6)] DateOnly? PeriodEnd,
    [property: Id(7)] string? WorkstreamId = null,
    [property: Id(8)] int? Hours = null,
    [property: Id(9)] long? HourlyRatePence = null,
    [property: Id(10)] bool? SameRateAsStaff = null,
    [property: Id(11)] string? Support = null,
    [property: Id(12)] string? Currency = null,
    [property: Id(13)] Rounds.PaymentChoice? Payment = null,
    [property: Id(14)] string? PaymentReason = null);

/// <summary>Funding the charity records against a line (recording one, or replacing one).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FundingDetails")]
public sealed record FundingDetails(
    [property: Id(0)] FundingKind? Kind,
    [property: Id(1)] long? AmountPence,
    [property: Id(2)] string? FunderName = null,
    [property: Id(3)] string? FunderOrgId = null,
    [property: Id(4)] string? Note = null,
    [property: Id(5)] string? Currency = null);
