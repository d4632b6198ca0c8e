namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>Per funder, the rungs when its first grant (by planned start) began.</summary>
    public Dictionary<string, FunderGrantNoted> FirstGrants { get; set; } = new(StringComparer.Ordinal);

    partial void ApplyGrants(CharityEvent change)
    {
        if (change is FunderGrantNoted e
            && (!FirstGrants.TryGetValue(e.FunderOrgId, out var first) || e.PlannedStart < first.PlannedStart))
        {
            FirstGrants[e.FunderOrgId] = e;
        }
    }
}
