using System.Text.Json.Serialization;

namespace FunderPortal.Common;

[JsonDerivedType(typeof(NoticesDelivered), "NoticesDelivered")]
public abstract record OutboxEvent;

/// <summary>Every notice up to the owner's version <see cref="Through"/> (and what time owed up to <see cref="At"/>) was delivered.</summary>
public sealed record NoticesDelivered(long Through, DateTimeOffset? At) : OutboxEvent;

/// <summary>The newest <see cref="DeliveredMark"/> of one owner, the fold of its own small stream (<c>outbox/{owner's stream}</c>).</summary>
public sealed class DeliveredMarkState : IAggregateState<OutboxEvent>
{
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public long Through { get; set; }
    public DateTimeOffset? At { get; set; }

    public DeliveredMark ToMark() => new(Through, At);

    public void Apply(OutboxEvent change, DateTimeOffset recordedAt)
    {
        if (change is NoticesDelivered e)
        {
            Through = Math.Max(Through, e.Through);
            At = e.At ?? At;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }
}
