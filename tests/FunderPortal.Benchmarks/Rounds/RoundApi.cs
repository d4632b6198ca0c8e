using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// The round routes the benchmark calls, as one caller: the signed-in funder and applicant (subject "bench", editor of
/// the funder and of every charity it registers) or one panellist with a panellist-only token. Callers share one
/// connection pool. Setup calls throw on an unexpected answer.
/// </summary>
internal sealed class RoundApi : IDisposable
{
    private readonly HttpClient _http;

    private RoundApi(HttpMessageHandler pool, Uri baseAddress, string? bearer)
    {
        _http = new HttpClient(pool, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (bearer is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
    }

    /// <summary>Signs in as <see cref="Http.PortalApi.Subject"/> through <c>POST /dev/token</c>.</summary>
    public static async Task<RoundApi> SignInAsync(HttpMessageHandler pool, Uri baseAddress, CancellationToken cancellationToken)
    {
        using var anonymous = new RoundApi(pool, baseAddress, null);
        using var body = await anonymous.SendAsync(HttpMethod.Post, "dev/token", new { subject = Http.PortalApi.Subject }, HttpStatusCode.OK, cancellationToken);
        return new RoundApi(pool, baseAddress, Text(body.RootElement, "accessToken"));
    }

    /// <summary>Accepts an invitation without signing in, so the answer is a new panellist-only identity; returns that panellist.</summary>
    public static async Task<RoundApi> JoinPanelAsync(HttpMessageHandler pool, Uri baseAddress, string invitationToken, CancellationToken cancellationToken)
    {
        using var anonymous = new RoundApi(pool, baseAddress, null);
        using var body = await anonymous.SendAsync(HttpMethod.Post, $"api/v1/panel-invitations/{Uri.EscapeDataString(invitationToken)}/accept",
            new { }, HttpStatusCode.OK, cancellationToken);
        return new RoundApi(pool, baseAddress, Text(body.RootElement, "accessToken"));
    }

    public async Task RegisterFunderAsync(string orgId, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, "api/v1/funders", new { orgId, name = "Bench Funder" }, HttpStatusCode.Created, cancellationToken)).Dispose();

    public async Task RegisterCharityAsync(string orgId, string name, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, "api/v1/charities", new { orgId, name }, HttpStatusCode.Created, cancellationToken)).Dispose();

    /// <summary>Creates the round; returns its id.</summary>
    public async Task<string> CreateRoundAsync(string funderOrgId, object round, CancellationToken cancellationToken)
    {
        using var body = await SendAsync(HttpMethod.Post, $"api/v1/funders/{funderOrgId}/rounds", round, HttpStatusCode.Created, cancellationToken);
        return Text(body.RootElement, "id");
    }

    /// <summary>Invites one panellist; returns the one-time token from the invitation link.</summary>
    public async Task<string> InviteAsync(string roundId, CancellationToken cancellationToken)
    {
        using var body = await SendAsync(HttpMethod.Post, $"api/v1/rounds/{roundId}/invitations", new { }, HttpStatusCode.Created, cancellationToken);
        const string JoinPath = "/panel/join/";
        var url = Text(body.RootElement, "url");
        return Uri.UnescapeDataString(url[(url.IndexOf(JoinPath, StringComparison.Ordinal) + JoinPath.Length)..]);
    }

    public async Task MoveToAsync(string roundId, string phase, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, $"api/v1/rounds/{roundId}/phase", new { phase }, HttpStatusCode.OK, cancellationToken)).Dispose();

    /// <summary>Applies on behalf of a charity the caller edits; returns the application's id.</summary>
    public async Task<string> ApplyAsync(string roundId, string charityOrgId, long amountRequestedPence, CancellationToken cancellationToken)
    {
        using var body = await SendAsync(HttpMethod.Post, $"api/v1/rounds/{roundId}/applications",
            new { charityOrgId, amountRequestedPence, summary = "Bench application" }, HttpStatusCode.Created, cancellationToken);
        return Text(body.RootElement, "id");
    }

    /// <summary><c>GET /api/v1/rounds/{id}</c>: the round's version, how many events its stream holds.</summary>
    public async Task<long> GetVersionAsync(string roundId, CancellationToken cancellationToken)
    {
        using var body = await SendAsync(HttpMethod.Get, $"api/v1/rounds/{roundId}", null, HttpStatusCode.OK, cancellationToken);
        return body.RootElement.GetProperty("version").GetInt64();
    }

    /// <summary>Any read that must answer 200, e.g. to warm the request path up.</summary>
    public async Task GetAsync(string path, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Get, path, null, HttpStatusCode.OK, cancellationToken)).Dispose();

    /// <summary><c>PUT …/scores/mine</c>: only the status; the body is read so the connection is reused.</summary>
    public async Task<HttpStatusCode> ScoreAsync(string roundId, string applicationId, IReadOnlyDictionary<string, int> scores, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync($"api/v1/rounds/{roundId}/applications/{applicationId}/scores/mine", new { scores }, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.StatusCode;
    }

    /// <summary><c>GET …/results</c>, the whole answer as bytes (so a timing covers reading all of it); throws unless 200.</summary>
    public async Task<byte[]> GetResultsAsync(string roundId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"api/v1/rounds/{roundId}/results", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET results answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonDocument> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
            request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return JsonDocument.Parse(text);
    }

    private static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"The answer has no {property}.");
}
