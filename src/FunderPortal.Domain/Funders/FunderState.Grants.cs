namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public List<Grant> Grants { get; set; } = [];
    /// <summary>
    /// Grants by what asked for them (a round's decision, an idempotent request): what makes retries find the grant
    /// already recorded instead of recording another.
    /// </summary>
    public Dictionary<string, string> GrantIdsBySource { get; set; } = new(StringComparer.Ordinal);

    public Grant? FindGrant(string id) => Grants.Find(g => g.Id == id);

    partial void ApplyGrants(FunderEvent change, DateTimeOffset recordedAt)
    {
        if (change is not GrantRecorded e)
            return;
        Grants.Add(new Grant(e.GrantId, e.CharityOrgId, e.CharityName, e.Title, e.Description, e.AmountPence,
            e.AwardDate, e.PlannedStart, e.PlannedEnd, e.Type, e.ProgrammeId, [.. e.PlanLineIds], [.. e.WorkstreamIds],
            recordedAt));
        if (e.Source is not null)
            GrantIdsBySource[e.Source] = e.GrantId;
    }
}
