namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    /// <summary>The pledges this funder offered (where each stands is the charity's to keep).</summary>
    public List<FunderPledge> Pledges { get; set; } = [];

    public FunderPledge? FindPledge(string id) => Pledges.Find(p => p.Id == id);

    partial void ApplyPledges(FunderEvent change, DateTimeOffset recordedAt)
    {
        if (change is PledgeMade e && FindPledge(e.PledgeId) is null)
            Pledges.Add(new FunderPledge(e.PledgeId, e.CharityOrgId, e.LineId, e.AmountPence, recordedAt));
    }
}
