namespace FunderPortal.Benchmarks.History;

/// <summary>Two past instants of the long-history charity, as the API wrote them: halfway back, and near its start.</summary>
internal sealed record AsOfInstants(long HalfwayVersion, string Halfway, long EarlyVersion, string Early);
