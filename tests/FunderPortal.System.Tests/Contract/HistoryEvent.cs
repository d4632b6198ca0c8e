using System.Text.Json;

namespace FunderPortal.System.Tests.Contract;

/// <summary>One recorded change from <c>GET /api/v1/charities/{orgId}/history</c>.</summary>
public sealed record HistoryEvent(long Version, string Type, DateTimeOffset RecordedAt, string Actor, JsonElement Data);
