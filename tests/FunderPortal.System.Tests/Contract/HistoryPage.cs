namespace FunderPortal.System.Tests.Contract;

/// <summary>A page of history; <see cref="Next"/> is the <c>after</c> of the following page, null on the last.</summary>
public sealed record HistoryPage(IReadOnlyList<HistoryEvent> Events, long? Next);
