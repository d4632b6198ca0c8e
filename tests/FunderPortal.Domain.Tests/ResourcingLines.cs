using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

/// <summary>Builds resourcing lines and their funding for tests, by deciding and applying events as the grain does.</summary>
public static class ResourcingLines
{
    public static readonly DateOnly Start = new(2026, 4, 1);
    public static readonly DateOnly End = new(2027, 3, 31);

    public static ResourcingLineDetails Line(
        ResourcingCategory category = ResourcingCategory.StaffTime, long quantity = 10, long unitCostPence = 10_000,
        string? workstreamId = null, DateOnly? start = null, DateOnly? end = null) => category switch
        {
            ResourcingCategory.ParticipantPayment => new(category, "Paying panel members", quantity, "hours", unitCostPence,
                start ?? Start, end ?? End, workstreamId, Hours: (int)quantity, HourlyRatePence: unitCostPence, SameRateAsStaff: true),
            ResourcingCategory.Accessibility => new(category, "BSL interpreters", quantity, "sessions", unitCostPence,
                start ?? Start, end ?? End, workstreamId, Support: "Interpreters"),
            _ => new(category, "Coordinator time", quantity, "days", unitCostPence, start ?? Start, end ?? End, workstreamId),
        };

    public static CharityState WithLine(this CharityState state, string id, ResourcingLineDetails line) =>
        state.With(s => CharityDecisions.PlanResourcingLine(s, id, line));

    public static CharityState WithFunding(this CharityState state, string lineId, string id, FundingKind kind, long pence, string? funder = null) =>
        state.With(s => CharityDecisions.RecordLineFunding(s, lineId, id, new FundingDetails(kind, pence, funder)));

    public static CharityState WithPledge(this CharityState state, string lineId, string id, long pence, string funderOrgId = "GB-CHC-7000001") =>
        state.With(s => CharityDecisions.OfferPledge(s, lineId, id, new FunderRef(funderOrgId, "Trust"), pence, null, "fiona"));

    public static ResourcingAmounts AmountsOf(this CharityState state, string lineId) =>
        ResourcingTotals.For(state.FindResourcingLine(lineId)!);
}
