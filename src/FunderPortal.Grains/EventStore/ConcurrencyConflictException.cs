namespace FunderPortal.EventStore;

/// <summary>Another writer appended to the stream first; the caller must reload before deciding again.</summary>
public sealed class ConcurrencyConflictException(string streamId, long expectedVersion)
    : Exception($"Stream '{streamId}' is no longer at version {expectedVersion}.")
{
    public string StreamId { get; } = streamId;
    public long ExpectedVersion { get; } = expectedVersion;
}
