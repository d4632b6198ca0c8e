using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FunderPortal.Web.Tests;

/// <summary>
/// What a browser test sets up before the person acts, made through the portal's own API as one development identity:
/// a test's own charities and funders (fresh org-ids), so it never changes what other tests read in the demo.
/// </summary>
public sealed class ApiSetup : IDisposable
{
    private readonly HttpClient _http;

    private ApiSetup(HttpClient http) => _http = http;

    public static async Task<ApiSetup> AsAsync(Uri portal, string subject) => new(await ClientAsync(portal, subject));

    /// <summary>An HTTP client of the portal's API signed in as <paramref name="subject"/> with a development token.</summary>
    public static async Task<HttpClient> ClientAsync(Uri portal, string subject)
    {
        var http = new HttpClient { BaseAddress = portal };
        var token = await SendAsync(http.PostAsJsonAsync("dev/token", new { subject }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return http;
    }

    /// <summary>An org-id no other test uses: GB-CHC- and seven digits starting with <paramref name="first"/>.</summary>
    public static string NewOrgId(int first) => $"GB-CHC-{first}{Random.Shared.Next(100_000, 999_999)}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public Task<JsonElement> PostAsync(string path, object body) => SendAsync(_http.PostAsJsonAsync(path, body));

    public Task<JsonElement> PutAsync(string path, object body) => SendAsync(_http.PutAsJsonAsync(path, body));

    public Task<JsonElement> GetAsync(string path) => SendAsync(_http.GetAsync(new Uri(path, UriKind.Relative)));

    /// <summary>A charity registered with one workstream; returns the workstream's id.</summary>
    public async Task<string> CharityAsync(string orgId, string name, string workstream = "Peer support group")
    {
        await PostAsync("api/v1/charities", new { orgId, name, sizeBand = "Small" });
        return (await PostAsync($"api/v1/charities/{orgId}/workstreams", new { title = workstream })).GetProperty("id").GetString()!;
    }

    /// <summary>Charities push their summary to the funder without waiting: wait until its portfolio lists them all.</summary>
    public async Task PortfolioHoldsAsync(string funderOrgId, params string[] charityOrgIds)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var portfolio = (await GetAsync($"api/v1/funders/{funderOrgId}/portfolio")).GetRawText();
            if (charityOrgIds.All(id => portfolio.Contains(id, StringComparison.Ordinal)))
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{string.Join(", ", charityOrgIds)} never all reached {funderOrgId}'s portfolio.");
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The answer's JSON (default when empty); any answer but 2xx fails the test, naming the request and its body.</summary>
    public static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
