using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    /// <summary>
    /// The charity records the offer (its plan, its inbox), then the funder keeps where it is. The pledge's id comes from
    /// the idempotent request when there is one, so a retry after either step failed finds the same pledge.
    /// </summary>
    public async Task<Pledge> OfferPledgeAsync(string? charityOrgId, string? lineId, long? amountPence, string? note, string subject)
    {
        RequireEditor(subject, "pledge");
        var pledge = FunderDecisions.CheckPledge(charityOrgId, lineId, amountPence);
        var offered = await GrainFactory.GetGrain<ICharityGrain>(pledge.CharityOrgId)
            .OfferPledgeAsync(pledge.LineId, Ids.NewFor("pledge"), Us, pledge.AmountPence, note, subject);
        await AppendAsync(FunderDecisions.MakePledge(State, offered, pledge.CharityOrgId, pledge.LineId), subject);
        return offered;
    }

    public async Task<PledgeOutcome> WithdrawPledgeAsync(string pledgeId, string subject)
    {
        RequireEditor(subject, "withdraw a pledge");
        var pledge = FunderDecisions.RequirePledge(State, pledgeId);
        var withdrawn = await GrainFactory.GetGrain<ICharityGrain>(pledge.CharityOrgId).WithdrawPledgeAsync(pledge.LineId, pledge.Id, OrgId, subject);
        return new PledgeOutcome(pledge.Id, pledge.CharityOrgId, pledge.LineId, withdrawn.AmountPence, withdrawn.Status);
    }

    /// <summary>This funder as charities show it: by its name now.</summary>
    private FunderRef Us => new(OrgId, State.Name);
}
