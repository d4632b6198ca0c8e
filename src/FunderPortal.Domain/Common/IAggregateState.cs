namespace FunderPortal.Common;

/// <summary>
/// State that is a fold of its events. Implementations are plain mutable classes that System.Text.Json can
/// snapshot; <see cref="Apply"/> must be deterministic and never throw for an event that was accepted.
/// </summary>
public interface IAggregateState<in TEvent>
{
    /// <summary>Version of the last applied event (0 = none).</summary>
    long Version { get; set; }

    /// <summary>When the last applied event was recorded; new events are never recorded earlier.</summary>
    DateTimeOffset? LastRecordedAt { get; set; }

    void Apply(TEvent change, DateTimeOffset recordedAt);
}
