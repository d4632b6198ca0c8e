using FunderPortal.Common;

namespace FunderPortal.Charities;

// Parts of the resourcing plan. Immutable values: stored in events, folded into state (and snapshotted as
// JSON) and returned in views as they are. Money is whole pence sterling, never floating point.

/// <summary>
/// What a line costs and covers, validated. <see cref="Hours"/>, <see cref="HourlyRatePence"/> and
/// <see cref="SameRateAsStaff"/> are set on participant payment lines only; <see cref="Support"/> on accessibility lines only.
/// So are <see cref="Payment"/> (how people are thanked: null on lines kept before it existed, read as Paid) and
/// <see cref="PaymentReason"/> (why, for the charity's members only: it may say who is on benefits).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ResourcingLineTerms")]
public sealed record ResourcingLineTerms(
    [property: Id(0)] ResourcingCategory Category,
    [property: Id(1)] string Description,
    [property: Id(2)] long Quantity,
    [property: Id(3)] string Unit,
    [property: Id(4)] long UnitCostPence,
    [property: Id(5)] DateOnly PeriodStart,
    [property: Id(6)] DateOnly PeriodEnd,
    [property: Id(7)] string? WorkstreamId = null,
    [property: Id(8)] int? Hours = null,
    [property: Id(9)] long? HourlyRatePence = null,
    [property: Id(10)] bool? SameRateAsStaff = null,
    [property: Id(11)] string? Support = null,
    [property: Id(12)] Rounds.PaymentChoice? Payment = null,
    [property: Id(13)] string? PaymentReason = null);

/// <summary>How a line thanks participants.</summary>
public static class ParticipantThanks
{
    /// <summary>On a participant payment line, how people are thanked (Paid unless said otherwise); null on other lines.</summary>
    public static Rounds.PaymentChoice? ThankedBy(this ResourcingLineTerms terms) =>
        terms.Category == ResourcingCategory.ParticipantPayment ? terms.Payment ?? Rounds.PaymentChoice.Paid : null;
}

/// <summary>Funding the charity recorded against a line: its own money, or a funder's committed or received.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.LineFunding")]
public sealed record LineFunding(
    [property: Id(0)] string Id,
    [property: Id(1)] FundingKind Kind,
    [property: Id(2)] long AmountPence,
    [property: Id(3)] string? FunderName,
    [property: Id(4)] string? FunderOrgId,
    [property: Id(5)] string? Note,
    [property: Id(6)] DateTimeOffset RecordedAt);

/// <summary>A funder's offer to fund (part of) a line, and the charity's answer.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Pledge")]
public sealed record Pledge(
    [property: Id(0)] string Id,
    [property: Id(1)] string FunderOrgId,
    [property: Id(2)] long AmountPence,
    [property: Id(3)] string? Note,
    [property: Id(4)] PledgeStatus Status,
    [property: Id(5)] DateTimeOffset OfferedAt,
    [property: Id(6)] string OfferedBy,
    [property: Id(7)] DateTimeOffset? DecidedAt = null,
    [property: Id(8)] string? FunderName = null);
