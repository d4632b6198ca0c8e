using FunderPortal.Charities;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public async Task<Pledge> OfferPledgeAsync(string? charityOrgId, string? lineId, long? amountPence, string? note, string subject)
    {
        RequireEditor(subject, "pledge");
        var pledge = FunderDecisions.CheckPledge(charityOrgId, lineId, amountPence);
        return await GrainFactory.GetGrain<ICharityGrain>(pledge.CharityOrgId)
            .OfferPledgeAsync(pledge.LineId, State.OrgId, pledge.AmountPence, note, subject);
    }
}
