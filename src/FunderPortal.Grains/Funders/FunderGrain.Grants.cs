using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Rounds;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public async Task<Grant> RecordGrantAsync(RecordGrant command, string subject)
    {
        RequireEditor(subject);
        if (FunderDecisions.EarlierAttempt(State, command) is { } earlier)
        {
            // A retry of the request that recorded it (its answer was lost, or a later step failed): the first outcome.
            await NoteWithCharitiesAsync([earlier]);
            return earlier;
        }
        if (command.CharityName is null && await SharedNameAsync(command.CharityOrgId, subject) is { } name)
            command = command with { CharityName = name };
        var id = FunderDecisions.NextGrantId(State);
        await AppendAsync(FunderDecisions.RecordGrant(State, id, command, Today), subject);
        var grant = State.FindGrant(id)!;
        await NoteWithCharitiesAsync([grant]);
        return grant;
    }

    /// <summary>The charity's own name, when it shares with this funder (or the caller is its member).</summary>
    private async Task<string?> SharedNameAsync(string? charityOrgId, string subject)
    {
        if (!Common.OrgId.IsValid(charityOrgId))
            return null;
        try
        {
            return (await GrainFactory.GetGrain<ICharityGrain>(charityOrgId).GetProfileAsync(subject)).Name;
        }
        catch (NotFoundException)
        {
            return null; // not on the portal, or not shared with this funder: the org-id stands in
        }
    }

    public Task<IReadOnlyList<Grant>> GetGrantsAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<Grant> newestFirst = [.. State.Grants.OrderByDescending(g => g.AwardDate).ThenByDescending(g => g.RecordedAt)];
        return Task.FromResult(newestFirst);
    }

    public Task<Grant> GetGrantAsync(string grantId, string subject)
    {
        RequireMember(subject);
        return Task.FromResult(State.FindGrant(grantId) ?? throw new NotFoundException($"No grant '{grantId}' at this funder."));
    }

    public async Task<IReadOnlyDictionary<string, string>> RecordRoundGrantsAsync(string roundId, IReadOnlyList<RoundGrant> grants)
    {
        RequireRegistered();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var grant in grants)
        {
            var source = $"round/{roundId}/{grant.ApplicationId}";
            if (!State.GrantIdsBySource.TryGetValue(source, out var id))
            {
                id = FunderDecisions.NextGrantId(State);
                await AppendAsync(FunderDecisions.RecordRoundGrant(State, id, source, grant, Today), StreamIds.Round(roundId));
            }
            ids[grant.ApplicationId] = id;
        }
        // Every grant, not only the new ones: a retry after a crash between the append and the notice still tells the charity.
        await NoteWithCharitiesAsync(ids.Values.Select(id => State.FindGrant(id)!));
        return ids;
    }

    public Task<OpenGrantsView> GetOpenGrantsAsync(string subject)
    {
        RequireMember(subject);
        return Task.FromResult(State.ToOpenGrants(Clock.UtcNow, RecipientAreaCodes()));
    }
}
