namespace FunderPortal.Charities;

/// <summary>The resourcing plan: lines, their funding, funders' pledges, and the plan in figures.</summary>
public partial interface ICharityGrain
{
    [Alias("PlanResourcingLine")]
    Task<ResourcingLineView> PlanResourcingLineAsync(ResourcingLineDetails details, string subject);

    /// <summary>The lines in the plan, in the order they were planned.</summary>
    [Alias("GetResourcingLines")]
    Task<IReadOnlyList<ResourcingLineView>> GetResourcingLinesAsync(string subject);

    [Alias("GetResourcingLine")]
    Task<ResourcingLineView> GetResourcingLineAsync(string lineId, string subject);

    [Alias("ChangeResourcingLine")]
    Task<ResourcingLineView> ChangeResourcingLineAsync(string lineId, ResourcingLineDetails details, string subject);

    [Alias("WithdrawResourcingLine")]
    Task WithdrawResourcingLineAsync(string lineId, string subject);

    [Alias("RecordLineFunding")]
    Task<LineFunding> RecordLineFundingAsync(string lineId, FundingDetails details, string subject);

    [Alias("GetLineFunding")]
    Task<LineFunding> GetLineFundingAsync(string lineId, string fundingId, string subject);

    [Alias("ChangeLineFunding")]
    Task<LineFunding> ChangeLineFundingAsync(string lineId, string fundingId, FundingDetails details, string subject);

    [Alias("RemoveLineFunding")]
    Task RemoveLineFundingAsync(string lineId, string fundingId, string subject);

    /// <summary>
    /// Records a funder's offer against a line, when this charity shares its plan with <paramref name="funder"/>, with an
    /// item in the inbox. Checks only the share, the line and the amount: the funder grain that calls it
    /// (<see cref="Funders.IFunderGrain.OfferPledgeAsync"/>) decides who may pledge. <paramref name="subject"/> is recorded
    /// as the person who offered it. Offering <paramref name="pledgeId"/> again answers the pledge already recorded.
    /// </summary>
    [Alias("OfferPledge")]
    Task<Pledge> OfferPledgeAsync(string lineId, string pledgeId, FunderRef funder, long amountPence, string? note, string subject);

    /// <summary>
    /// Called by the funder's grain when its editor withdraws an offer the charity has not answered (409 once accepted,
    /// declined or withdrawn); the plan and the inbox show it.
    /// </summary>
    [Alias("WithdrawPledge")]
    Task<Pledge> WithdrawPledgeAsync(string lineId, string pledgeId, string funderOrgId, string subject);

    [Alias("AcceptPledge")]
    Task<ResourcingLineView> AcceptPledgeAsync(string lineId, string pledgeId, string subject);

    [Alias("DeclinePledge")]
    Task<ResourcingLineView> DeclinePledgeAsync(string lineId, string pledgeId, string subject);

    /// <summary>The plan in figures now, or as it was at <paramref name="asOf"/> (404 before the charity existed).</summary>
    [Alias("GetResourcingSummary")]
    Task<ResourcingSummary> GetResourcingSummaryAsync(DateTimeOffset? asOf, string subject);
}
