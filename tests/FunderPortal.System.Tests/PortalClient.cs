using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FunderPortal.System.Tests.Contract;

namespace FunderPortal.System.Tests;

/// <summary>HTTP to one host, optionally as a bearer of a token; reads fail with the status and body, writes return the response.</summary>
public sealed class PortalClient : IDisposable
{
    private const int HistoryPageSize = 1_000;
    private const int MaxHistoryPages = 50;

    private readonly HttpClient _http;

    public PortalClient(Uri baseAddress, string? accessToken = null, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(15) };
        if (accessToken is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    /// <summary><c>POST /dev/token</c> for <paramref name="subject"/>.</summary>
    public async Task<string> IssueTokenAsync(string subject, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("dev/token", new { subject }, cancellationToken);
        var token = await ReadAsync<TokenResponse>(response, cancellationToken);
        Assert.Equal("Bearer", token.TokenType);
        Assert.False(string.IsNullOrEmpty(token.AccessToken), "POST /dev/token answered without an access token.");
        return token.AccessToken;
    }

    public Task<HttpResponseMessage> RegisterCharityAsync(string orgId, string name, CancellationToken cancellationToken) =>
        _http.PostAsJsonAsync("api/v1/charities", new { orgId, name }, cancellationToken);

    public Task<HttpResponseMessage> StartWorkstreamAsync(string orgId, string title, CancellationToken cancellationToken) =>
        _http.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams", new { title }, cancellationToken);

    public Task<HttpResponseMessage> SetRungsAsync(
        string orgId, string workstreamId, string activityKind, string current, string target, CancellationToken cancellationToken) =>
        _http.PutAsJsonAsync($"api/v1/charities/{orgId}/workstreams/{workstreamId}/rungs/{activityKind}", new { current, target }, cancellationToken);

    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken) =>
        _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);

    public async Task<Journey> GetJourneyAsync(string orgId, CancellationToken cancellationToken)
    {
        using var response = await GetAsync($"api/v1/charities/{orgId}/journey", cancellationToken);
        return await ReadAsync<Journey>(response, cancellationToken);
    }

    /// <summary>Every recorded change, following <c>next</c> from page to page (a bounded number of pages).</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetWholeHistoryAsync(string orgId, CancellationToken cancellationToken)
    {
        var events = new List<HistoryEvent>();
        long? after = 0;
        for (var page = 0; after is { } from; page++)
        {
            Assert.True(page < MaxHistoryPages, $"History of {orgId} still had a next page after {MaxHistoryPages} pages.");
            using var response = await GetAsync($"api/v1/charities/{orgId}/history?after={from}&limit={HistoryPageSize}", cancellationToken);
            var body = await ReadAsync<HistoryPage>(response, cancellationToken);
            events.AddRange(body.Events);
            after = body.Next;
        }
        return events;
    }

    /// <summary>The body of a 2xx answer; anything else fails the test with the status and body.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new InvalidOperationException($"{Describe(response)} answered an empty body.");
    }

    public static async Task EnsureStatusAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Assert.Fail($"{Describe(response)} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Assert.Fail($"{Describe(response)} answered {(int)response.StatusCode}: {body}");
        }
    }

    private static string Describe(HttpResponseMessage response) =>
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}";
}
