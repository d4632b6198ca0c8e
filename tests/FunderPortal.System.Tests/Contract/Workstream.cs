namespace FunderPortal.System.Tests.Contract;

/// <summary>A workstream in the journey: its rungs are keyed by activity kind name.</summary>
public sealed record Workstream(string Id, string Title, IReadOnlyDictionary<string, RungPair> Rungs);
