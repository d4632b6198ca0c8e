using FunderPortal.Common;

namespace FunderPortal.Idempotency;

/// <summary>The latest use of one key.</summary>
public sealed class IdempotencyState : IAggregateState<IdempotencyEvent>
{
    public const int SnapshotSchema = 1;

    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>A request begun longer ago than this without an answer is taken to have died with its process.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public string? RequestHash { get; set; }
    public DateTimeOffset? BegunAt { get; set; }
    public StoredResponse? Response { get; set; }
    public bool IsAbandoned { get; set; }

    /// <summary>
    /// When the key's current life began (UTC ticks): the same through every retry of its request, new once the key has
    /// been forgotten (<see cref="Retention"/>) and used again, so that a new request never finds what an old one made.
    /// </summary>
    public long Generation { get; set; }

    public void Apply(IdempotencyEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case IdempotentRequestBegun e:
                if (BegunAt is not { } previous || recordedAt - previous >= Retention)
                    Generation = recordedAt.UtcTicks;
                RequestHash = e.RequestHash;
                BegunAt = recordedAt;
                Response = null;
                IsAbandoned = false;
                break;
            case IdempotentResponseStored e:
                Response = e.Response;
                break;
            case IdempotentRequestAbandoned:
                IsAbandoned = true;
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    /// <summary>What to do with a request carrying this key and body hash at <paramref name="now"/>.</summary>
    public IdempotencyDecision Decide(string requestHash, DateTimeOffset now)
    {
        if (BegunAt is not { } begun || now - begun >= Retention)
            return new(IdempotencyOutcome.Proceed);
        if (Response is not null)
            return requestHash == RequestHash ? new(IdempotencyOutcome.Replay, Response) : new(IdempotencyOutcome.Mismatch);
        if (IsAbandoned || now - begun >= Abandoned)
            return new(IdempotencyOutcome.Proceed);
        return requestHash == RequestHash ? new(IdempotencyOutcome.InProgress) : new(IdempotencyOutcome.Mismatch);
    }
}
