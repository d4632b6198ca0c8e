using System.Net;

namespace FunderPortal.Benchmarks.Http;

/// <summary>The funder side and sharing: what the portfolio figures need.</summary>
internal sealed partial class PortalApi
{
    /// <summary><c>POST /api/v1/funders</c>; the signed-in subject becomes its editor, so it may read the portfolio.</summary>
    public Task RegisterFunderAsync(string orgId, string name, CancellationToken cancellationToken) =>
        CreateAsync("api/v1/funders", new { orgId, name }, cancellationToken);

    /// <summary><c>POST …/workstreams/{id}/barriers</c>: an open barrier of <paramref name="kind"/>.</summary>
    public Task RecordBarrierAsync(string orgId, string workstreamId, string kind, CancellationToken cancellationToken) =>
        CreateAsync($"api/v1/charities/{orgId}/workstreams/{workstreamId}/barriers", new { kind, description = "Bench barrier" }, cancellationToken);

    /// <summary><c>POST /api/v1/charities/{orgId}/shares</c>, until revoked.</summary>
    public Task ShareAsync(string orgId, string funderOrgId, IReadOnlyList<string> scope, CancellationToken cancellationToken) =>
        CreateAsync($"api/v1/charities/{orgId}/shares", new { funderOrgId, scope }, cancellationToken);

    /// <summary>
    /// <c>GET /api/v1/funders/{orgId}/portfolio{query}</c>, the whole answer as bytes (so a timing covers reading
    /// all of it and nothing else); throws unless 200.
    /// </summary>
    public async Task<byte[]> GetPortfolioAsync(string funderOrgId, string query, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/funders/{funderOrgId}/portfolio{query}", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException(
                $"GET {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected 200: {System.Text.Encoding.UTF8.GetString(body)}");
    }
}
