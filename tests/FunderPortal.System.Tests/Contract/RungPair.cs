namespace FunderPortal.System.Tests.Contract;

/// <summary>One activity kind's rungs as the API shows them; null means not set.</summary>
public sealed record RungPair(string? Current, string? Target);
