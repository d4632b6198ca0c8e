namespace FunderPortal.System.Tests.Contract;

/// <summary>The answer of <c>GET /api/v1/charities/{orgId}/journey</c>, as much of it as these tests read.</summary>
public sealed record Journey(string OrgId, long Version, IReadOnlyList<Workstream> Workstreams);
