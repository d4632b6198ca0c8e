namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public List<Grant> Grants { get; set; } = [];
    /// <summary>
    /// Grants by what asked for them (a round's decision, an idempotent request): what makes retries find the grant
    /// already recorded instead of recording another.
    /// </summary>
    public Dictionary<string, string> GrantIdsBySource { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Grants by id, made again from <see cref="Grants"/> when it has grown (snapshots hold only the list).</summary>
    private Dictionary<string, Grant>? _grantsById;

    public Grant? FindGrant(string id)
    {
        if (_grantsById is null || _grantsById.Count != Grants.Count)
            _grantsById = Grants.ToDictionary(g => g.Id, StringComparer.Ordinal);
        return _grantsById.GetValueOrDefault(id);
    }

    partial void ApplyGrants(FunderEvent change, DateTimeOffset recordedAt)
    {
        if (change is not GrantRecorded e)
            return;
        var grant = new Grant(e.GrantId, e.CharityOrgId, e.CharityName, e.Title, e.Description, e.AmountPence,
            e.AwardDate, e.PlannedStart, e.PlannedEnd, e.Type, e.ProgrammeId, [.. e.PlanLineIds], [.. e.WorkstreamIds],
            recordedAt, e.OpenGrantId, e.ImportId);
        Grants.Add(grant);
        _grantsById?.TryAdd(grant.Id, grant);
        if (e.Source is not null)
            GrantIdsBySource[e.Source] = e.GrantId;
    }
}
