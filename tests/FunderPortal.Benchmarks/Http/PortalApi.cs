using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FunderPortal.Benchmarks.Http;

/// <summary>
/// The few portal calls the benchmark makes, over one pooled HTTP/1.1 client. Setup calls throw on an
/// unexpected answer; the timed write returns its status so the caller decides what counts.
/// </summary>
internal sealed partial class PortalApi : IDisposable
{
    public const string Subject = "bench";

    private readonly HttpClient _http;

    public PortalApi(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1_024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary><c>POST /dev/token</c>; every later call carries the token. Call before any concurrent use.</summary>
    public Task SignInAsync(CancellationToken cancellationToken) => SignInAsync(Subject, cancellationToken);

    /// <summary><c>POST /dev/token</c> for <paramref name="subject"/>; every later call carries the token, returned too.</summary>
    public async Task<string> SignInAsync(string subject, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("dev/token", new { subject }, cancellationToken);
        using var body = await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken);
        var token = body.RootElement.GetProperty("accessToken").GetString() ?? throw new InvalidOperationException("A token answer without a token.");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return token;
    }

    /// <summary>A GET's whole answer and its ETag; throws unless 200.</summary>
    public async Task<(byte[] Body, string? ETag)> GetTaggedAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? (body, response.Headers.ETag?.ToString())
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}, expected 200: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    /// <summary>A GET sent with <c>If-None-Match</c>: its status and how many bytes of body came back.</summary>
    public async Task<(HttpStatusCode Status, int BodyBytes)> GetIfNoneMatchAsync(string path, string etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await _http.SendAsync(request, cancellationToken);
        return (response.StatusCode, (await response.Content.ReadAsByteArrayAsync(cancellationToken)).Length);
    }

    /// <summary><c>POST …/workstreams</c> with a purpose too; returns its id.</summary>
    public async Task<string> StartWorkstreamAsync(string orgId, string title, string purpose, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams", new { title, purpose }, cancellationToken);
        using var body = await ReadJsonAsync(response, HttpStatusCode.Created, cancellationToken);
        return body.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException("A workstream without an id.");
    }

    /// <summary><c>POST /dev/demo</c>: the demo loaded into this (empty) portal; throws unless 200.</summary>
    public async Task LoadDemoAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(new Uri("dev/demo", UriKind.Relative), null, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"POST /dev/demo answered {(int)response.StatusCode}, expected 200: {text}");
    }

    public Task RegisterCharityAsync(string orgId, string name, CancellationToken cancellationToken) =>
        CreateAsync("api/v1/charities", new { orgId, name }, cancellationToken);

    /// <summary><c>POST /api/v1/charities</c> with a size band (Micro, Small, Medium, Large or Major).</summary>
    public Task RegisterCharityAsync(string orgId, string name, string sizeBand, CancellationToken cancellationToken) =>
        CreateAsync("api/v1/charities", new { orgId, name, sizeBand }, cancellationToken);

    /// <summary>Starts a workstream and returns its id.</summary>
    public async Task<string> StartWorkstreamAsync(string orgId, string title, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams", new { title }, cancellationToken);
        using var body = await ReadJsonAsync(response, HttpStatusCode.Created, cancellationToken);
        return body.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException("A workstream without an id.");
    }

    /// <summary>
    /// <c>PUT …/rungs/CoDesign</c> with <paramref name="current"/> and target CoProduction: one event when
    /// current differs from what is set. Returns the status; the body is read so the connection is reused.
    /// </summary>
    public async Task<HttpStatusCode> SetCoDesignRungAsync(string orgId, string workstreamId, string current, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync(
            $"api/v1/charities/{orgId}/workstreams/{workstreamId}/rungs/CoDesign", new { current, target = "CoProduction" }, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.StatusCode;
    }

    /// <summary>The charity's version (the ETag of <c>GET /api/v1/charities/{orgId}</c>): how many events its stream holds.</summary>
    public async Task<long> GetVersionAsync(string orgId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/charities/{orgId}", UriKind.Relative), cancellationToken);
        (await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken)).Dispose();
        return long.Parse(response.Headers.ETag?.Tag.Trim('"') ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The <c>recordedAt</c> of event <paramref name="version"/>, exactly as the API wrote it.</summary>
    public async Task<string> GetRecordedAtAsync(string orgId, long version, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/charities/{orgId}/history?after={version - 1}&limit=1", UriKind.Relative), cancellationToken);
        using var body = await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken);
        var entry = body.RootElement.GetProperty("events")[0];
        if (entry.GetProperty("version").GetInt64() != version)
            throw new InvalidOperationException($"History after {version - 1} did not start at version {version}.");
        return entry.GetProperty("recordedAt").GetString() ?? throw new InvalidOperationException("An event without recordedAt.");
    }

    /// <summary><c>GET …/journey</c>, now or as of an instant; throws unless 200.</summary>
    public async Task GetJourneyAsync(string orgId, string? asOf, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(JourneyUri(orgId, asOf), cancellationToken);
        (await ReadJsonAsync(response, HttpStatusCode.OK, cancellationToken)).Dispose();
    }

    /// <summary><c>GET …/journey</c> now, for load: only the status; the body is read so the connection is reused.</summary>
    public async Task<HttpStatusCode> GetJourneyStatusAsync(string orgId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(JourneyUri(orgId, null), cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.StatusCode;
    }

    public void Dispose() => _http.Dispose();

    private static Uri JourneyUri(string orgId, string? asOf) =>
        new($"api/v1/charities/{orgId}/journey{(asOf is null ? "" : $"?asOf={Uri.EscapeDataString(asOf)}")}", UriKind.Relative);

    /// <summary>A POST that must answer 201; the answer's body is read and dropped.</summary>
    private async Task CreateAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        (await ReadJsonAsync(response, HttpStatusCode.Created, cancellationToken)).Dispose();
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        }
        return JsonDocument.Parse(text);
    }
}
