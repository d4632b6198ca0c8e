namespace FunderPortal.System.Tests;

/// <summary>One <c>POST .../workstreams</c>: acknowledged (2xx, with the id given) or of unknown outcome (no answer, or an error).</summary>
public sealed record WorkstreamAttempt(string Title, string? Id, bool Acknowledged);
