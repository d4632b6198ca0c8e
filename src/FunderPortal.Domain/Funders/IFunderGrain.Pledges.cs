using FunderPortal.Charities;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    /// <summary>
    /// An editor offers money against a line of a resourcing plan the charity shares with this funder: this funder decides
    /// who may pledge and checks what is asked, the charity whether its plan is shared with the funder and what the line takes.
    /// </summary>
    [Alias("OfferPledge")]
    Task<Pledge> OfferPledgeAsync(string? charityOrgId, string? lineId, long? amountPence, string? note, string subject);

    /// <summary>
    /// An editor withdraws an offer this funder made, while the charity has not answered it (409 after): the charity's plan
    /// and inbox show it withdrawn.
    /// </summary>
    [Alias("WithdrawPledge")]
    Task<PledgeOutcome> WithdrawPledgeAsync(string pledgeId, string subject);
}
