namespace FunderPortal.System.Tests;

/// <summary>One <c>PUT .../rungs/{activityKind}</c>: acknowledged (2xx) or of unknown outcome (no answer, or an error).</summary>
public sealed record RungAttempt(string WorkstreamId, string ActivityKind, string Current, string Target, bool Acknowledged);
