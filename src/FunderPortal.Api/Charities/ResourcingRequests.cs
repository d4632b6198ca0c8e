using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Charities;

// What clients send to keep the resourcing plan. Money is whole pence (integers), GBP only. Limits are
// published in the contract; the charity grain enforces them.

/// <summary>A line as it should be: planning one (POST) or replacing one (PUT).</summary>
public sealed record ResourcingLineRequest(
    ResourcingCategory? Category,
    [property: MinLength(1), MaxLength(Limits.ShortText)] string? Description,
    [property: Range(1d, ResourcingLimits.MaxQuantity), Description("A whole number of units, 1 or more.")] long? Quantity,
    [property: MinLength(1), MaxLength(ResourcingLimits.Unit), Description("What is counted: hours, sessions, items…")] string? Unit,
    [property: Range(0d, ResourcingLimits.MaxLinePence), Description("What one unit costs, in whole pence. quantity × unitCostPence may not pass 10000000000 (£100m).")]
    long? UnitCostPence,
    [property: Description("First day the line covers (YYYY-MM-DD).")] DateOnly? PeriodStart,
    [property: Description("Last day the line covers (YYYY-MM-DD), not before periodStart.")] DateOnly? PeriodEnd,
    [property: MaxLength(Limits.Id), Description("The workstream the line resources; an unknown id is refused with 400.")] string? WorkstreamId = null,
    [property: Range(1, ResourcingLimits.MaxHours), Description("ParticipantPayment lines only (required there): the hours paid for.")] int? Hours = null,
    [property: Range(0d, ResourcingLimits.MaxLinePence), Description("ParticipantPayment lines only (required there): the hourly rate in whole pence.")]
    long? HourlyRatePence = null,
    [property: Description("ParticipantPayment lines only (required there): are participants paid the same rate as staff?")] bool? SameRateAsStaff = null,
    [property: MaxLength(Limits.Title), Description("Accessibility lines only (required there): the support, e.g. interpreters, childcare, travel.")]
    string? Support = null,
    [property: MaxLength(3), Description("GBP, the only currency; GBP when left out.")] string? Currency = null,
    [property: Description("ParticipantPayment lines only: how people are thanked, Paid (the default), NonCash (vouchers or the like, which can protect benefits) or Declined (never warned about as unpaid).")]
    FunderPortal.Rounds.PaymentChoice? Payment = null,
    [property: MaxLength(ResourcingLimits.PaymentReason), Description("ParticipantPayment lines only: why, in your words. Seen by the charity's members only (null in funders' views).")]
    string? PaymentReason = null);

/// <summary>Funding the charity records against a line: SelfFunded, or Committed/Received naming the funder.</summary>
public sealed record FundingRequest(
    FundingKind? Kind,
    [property: Range(1d, ResourcingLimits.MaxLinePence), Description("Whole pence.")] long? AmountPence,
    [property: MaxLength(Limits.Name), Description("Committed and Received name the funder: funderName, funderOrgId or both.")] string? FunderName = null,
    [property: RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength), Description("The funder's org-id, e.g. GB-CHC-1234567.")] string? FunderOrgId = null,
    [property: MaxLength(Limits.ShortText)] string? Note = null,
    [property: MaxLength(3), Description("GBP, the only currency; GBP when left out.")] string? Currency = null);
