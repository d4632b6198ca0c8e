namespace FunderPortal.Common;

/// <summary>An answer to a readiness question, with the charity's words.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ReadinessResponse")]
public sealed record ReadinessResponse(
    [property: Id(0)] ReadinessAnswer Answer,
    [property: Id(1)] string? Words);
