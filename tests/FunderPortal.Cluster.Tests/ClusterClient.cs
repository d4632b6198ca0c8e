using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace FunderPortal.Cluster.Tests;

/// <summary>HTTP to one silo as one person (a development token, valid on every silo of the cluster).</summary>
public sealed class ClusterClient : IDisposable
{
    private readonly HttpClient _http;

    public ClusterClient(Uri baseAddress, string? accessToken = null, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        if (accessToken is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public static async Task<string> IssueTokenAsync(Uri silo, string subject, CancellationToken cancellationToken)
    {
        using var client = new ClusterClient(silo);
        using var response = await client._http.PostAsJsonAsync("dev/token", new { subject }, cancellationToken);
        return (await ReadAsync<TokenResponse>(response, cancellationToken)).AccessToken;
    }

    public async Task RegisterCharityAsync(string orgId, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("api/v1/charities", new { orgId, name = $"Charity {orgId}" }, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public Task<HttpResponseMessage> StartWorkstreamAsync(string orgId, string title, CancellationToken cancellationToken) =>
        _http.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams", new { title }, cancellationToken);

    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken) =>
        _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);

    public async Task<Journey> GetJourneyAsync(string orgId, CancellationToken cancellationToken)
    {
        using var response = await GetAsync($"api/v1/charities/{orgId}/journey", cancellationToken);
        return await ReadAsync<Journey>(response, cancellationToken);
    }

    /// <summary>The versions of every recorded change, oldest first (a bounded number of pages).</summary>
    public async Task<IReadOnlyList<long>> GetHistoryVersionsAsync(string orgId, CancellationToken cancellationToken)
    {
        var versions = new List<long>();
        long? after = 0;
        for (var page = 0; after is { } from && page < 20; page++)
        {
            using var response = await GetAsync($"api/v1/charities/{orgId}/history?after={from}&limit=1000", cancellationToken);
            var body = await ReadAsync<HistoryPage>(response, cancellationToken);
            versions.AddRange(body.Events.Select(e => e.Version));
            after = body.Next;
        }
        return versions;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered an empty body.");
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: "
                + await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }
}

public sealed record TokenResponse(string AccessToken);

public sealed record Journey(string OrgId, long Version, IReadOnlyList<Workstream> Workstreams);

public sealed record Workstream(string Id, string Title);

public sealed record HistoryPage(IReadOnlyList<HistoryEvent> Events, long? Next);

public sealed record HistoryEvent(long Version, string Type);
