namespace FunderPortal.EventStore;

/// <summary>An event ready to append: its type name, JSON data, when and by whom.</summary>
public sealed record NewEvent(string Type, string Data, DateTimeOffset RecordedAt, string Actor);

/// <summary>An event as stored, with its version in the stream (1, 2, 3… with no gaps).</summary>
public sealed record StoredEvent(string StreamId, long Version, string Type, string Data, DateTimeOffset RecordedAt, string Actor);

/// <summary>A folded state at <see cref="Version"/>; <see cref="RecordedAt"/> is that event's time.</summary>
public sealed record Snapshot(string StreamId, long Version, DateTimeOffset RecordedAt, int Schema, string Data);
