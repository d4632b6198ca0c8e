using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Idempotency;

/// <summary>Remembers one idempotency key durably, so a retry after a restart still gets the first answer.</summary>
public sealed class IdempotencyGrain(IEventStore store, IClock clock, ILogger<IdempotencyGrain> logger) : Grain, IIdempotencyGrain
{
    private EventSourcedState<IdempotencyState, IdempotencyEvent> _stream = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<IdempotencyState, IdempotencyEvent>(
            StreamIds.Idempotency(this.GetPrimaryKeyString()), IdempotencyState.SnapshotSchema, store, clock, logger);
        return _stream.LoadAsync(cancellationToken);
    }

    public async Task<IdempotencyDecision> BeginAsync(string requestHash)
    {
        var decision = _stream.State.Decide(requestHash, clock.UtcNow);
        if (decision.Outcome == IdempotencyOutcome.Proceed)
            await _stream.AppendAsync([new IdempotentRequestBegun(requestHash)], "idempotency");
        return decision with { Generation = _stream.State.Generation };
    }

    public Task CompleteAsync(string requestHash, StoredResponse response) =>
        IsPending(requestHash) ? _stream.AppendAsync([new IdempotentResponseStored(response)], "idempotency") : Task.CompletedTask;

    public Task AbandonAsync(string requestHash) =>
        IsPending(requestHash) ? _stream.AppendAsync([new IdempotentRequestAbandoned()], "idempotency") : Task.CompletedTask;

    private bool IsPending(string requestHash) =>
        _stream.State.RequestHash == requestHash && _stream.State.Response is null && !_stream.State.IsAbandoned;
}
