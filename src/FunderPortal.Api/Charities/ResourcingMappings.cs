using FunderPortal.Charities;

namespace FunderPortal.Api.Charities;

/// <summary>Between the resourcing plan's HTTP contract and the grain messages.</summary>
public static class ResourcingMappings
{
    public static ResourcingLineDetails ToCommand(this ResourcingLineRequest r) => new(
        r.Category, r.Description, r.Quantity, r.Unit, r.UnitCostPence, r.PeriodStart, r.PeriodEnd,
        r.WorkstreamId, r.Hours, r.HourlyRatePence, r.SameRateAsStaff, r.Support, r.Currency, r.Payment, r.PaymentReason);

    public static FundingDetails ToCommand(this FundingRequest r) =>
        new(r.Kind, r.AmountPence, r.FunderName, r.FunderOrgId, r.Note, r.Currency);

    public static ResourcingLineResponse ToResponse(this ResourcingLineView v)
    {
        var t = v.Terms;
        var a = v.Amounts;
        return new ResourcingLineResponse(v.Id, t.Category, t.Description, t.Quantity, t.Unit, t.UnitCostPence, ResourcingLimits.Currency,
            t.PeriodStart, t.PeriodEnd, t.WorkstreamId, t.Hours, t.HourlyRatePence, t.SameRateAsStaff, t.Support, t.ThankedBy(), t.PaymentReason,
            a.TotalPence, a.FundedPence, a.GapPence, a.OfferedPence,
            [.. v.Funding.Select(ToResponse)], [.. v.Pledges.Select(ToResponse)], v.PlannedAt, v.UpdatedAt);
    }

    public static LineFundingResponse ToResponse(this LineFunding f) =>
        new(f.Id, f.Kind, f.AmountPence, ResourcingLimits.Currency, f.FunderName, f.FunderOrgId, f.Note, f.RecordedAt);

    public static PledgeResponse ToResponse(this Pledge p) =>
        new(p.Id, p.FunderOrgId, p.FunderName, p.AmountPence, ResourcingLimits.Currency, p.Note, p.Status, p.OfferedAt, p.DecidedAt);

    public static ResourcingSummaryResponse ToResponse(this ResourcingSummary s) => new(
        s.AsOf, ResourcingLimits.Currency, s.LineCount,
        s.Plan.TotalPence, s.Plan.FundedPence, s.Plan.GapPence, s.Plan.OfferedPence,
        s.ParticipantPaymentPence, s.ParticipantShareBasisPoints, s.ParticipantShareBasisPoints / 100m,
        [.. s.ByPeriod.Select(p => new PeriodTotalsResponse(p.Year, p.Amounts.TotalPence, p.Amounts.FundedPence, p.Amounts.GapPence, p.Amounts.OfferedPence))],
        [.. s.ByCategory.Select(c => new CategoryTotalsResponse(c.Category, c.Amounts.TotalPence, c.Amounts.FundedPence, c.Amounts.GapPence, c.Amounts.OfferedPence))],
        [.. s.ByWorkstream.Select(w => new WorkstreamTotalsResponse(w.WorkstreamId, w.Title, w.Amounts.TotalPence, w.Amounts.FundedPence, w.Amounts.GapPence, w.Amounts.OfferedPence))],
        [.. s.Warnings.Select(w => new ResourcingWarningResponse(w.Kind, w.WorkstreamId, w.WorkstreamTitle, w.Message))]);
}
