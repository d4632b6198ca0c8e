using FunderPortal.EventStore;
using FunderPortal.Rounds;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public async Task ListRoundAsync(string roundId, string title)
    {
        RequireRegistered();
        await AppendAsync(FunderDecisions.ListRound(State, roundId, title), StreamIds.Round(roundId));
    }

    public Task<IReadOnlyList<RoundListing>> GetRoundsAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<RoundListing> newestFirst = [.. Enumerable.Reverse(State.Rounds)];
        return Task.FromResult(newestFirst);
    }
}
