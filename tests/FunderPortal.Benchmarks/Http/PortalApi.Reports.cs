using System.Net;
using System.Net.Http.Json;

namespace FunderPortal.Benchmarks.Http;

/// <summary>Leadership, insights and grant reports: what the insights and report figures need.</summary>
internal sealed partial class PortalApi
{
    /// <summary><c>PUT …/leadership</c>: a share of volunteers who are or were service users, and whether the chair has a disability.</summary>
    public async Task RecordLeadershipAsync(string orgId, int volunteersPercent, bool chairHasDisability, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync($"api/v1/charities/{orgId}/leadership",
            new { volunteersWhoAreOrWereServiceUsers = volunteersPercent, chairHasDisability }, cancellationToken);
        (await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken)).Dispose();
    }

    /// <summary>A GET that must answer 200, the whole answer as bytes (so a timing covers reading all of it).</summary>
    public async Task<byte[]> GetBytesAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException(
                $"GET {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected 200: {System.Text.Encoding.UTF8.GetString(body)}");
    }
}
