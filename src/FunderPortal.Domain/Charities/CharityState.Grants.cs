namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>Per funder, the rungs when its first grant (by planned start) began.</summary>
    public Dictionary<string, FunderGrantNoted> FirstGrants { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every grant funders told the charity of, in arrival order.</summary>
    public List<GrantFromFunder> GrantsFromFunders { get; set; } = [];

    public GrantFromFunder? FindGrant(string funderOrgId, string grantId) =>
        GrantsFromFunders.Find(g => g.GrantId == grantId && g.From.OrgId == funderOrgId);

    partial void ApplyGrants(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case FunderGrantNoted e when !FirstGrants.TryGetValue(e.FunderOrgId, out var first) || e.PlannedStart < first.PlannedStart:
                FirstGrants[e.FunderOrgId] = e;
                break;
            case FunderGrantReceived e:
                var committed = e.Allocations.Aggregate(0L, (sum, a) => checked(sum + a.AmountPence));
                GrantsFromFunders.Add(new GrantFromFunder(new FunderRef(e.FunderOrgId, e.FunderName), e.GrantId, e.Title, e.AmountPence, e.AwardDate,
                    e.Type, [.. e.PlanLineIds], [.. e.Allocations], committed, e.UnallocatedPence, GrantsFromFunders.Count + 1, recordedAt));
                FunderNames[e.FunderOrgId] = e.FunderName;
                break;
        }
    }
}
