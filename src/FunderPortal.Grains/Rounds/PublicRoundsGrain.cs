using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Rounds;

/// <summary>
/// The public index of published rounds, in its own stream (<c>public-rounds/all</c>): each round's newest word, kept
/// durably, so the index survives a restart and a word told twice is kept once (<see cref="PublicRounds"/>).
/// </summary>
public sealed class PublicRoundsGrain(IEventStore store, IClock clock, ILogger<PublicRoundsGrain> logger) : Grain, IPublicRoundsGrain
{
    private EventSourcedState<PublicRoundsState, PublicRoundsEvent> _stream = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<PublicRoundsState, PublicRoundsEvent>(
            StreamIds.PublicRounds(this.GetPrimaryKeyString()), PublicRoundsState.SnapshotSchema, store, clock, logger);
        return _stream.LoadAsync(cancellationToken);
    }

    public Task ListAsync(PublicRoundListing listing, long version) =>
        _stream.AppendAsync(PublicRounds.List(_stream.State, listing, version), StreamIds.Round(listing.RoundId));

    public Task UnlistAsync(string roundId, long version) =>
        _stream.AppendAsync(PublicRounds.Unlist(_stream.State, roundId, version), StreamIds.Round(roundId));

    public Task<PublicRoundsPage> GetPageAsync(RoundPhase? phase, long? after, int limit) =>
        Task.FromResult(PublicRounds.Page(_stream.State, phase, after, limit));
}
