using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

public static class Http
{
    private static int _next = 2_000_000;

    public static string NewOrgId() => $"GB-CHC-{Interlocked.Increment(ref _next)}";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<string> RegisterAsync(this HttpClient client, string? orgId = null)
    {
        orgId ??= NewOrgId();
        var response = await client.PostAsync("/api/v1/charities", Json($$"""{"orgId":"{{orgId}}","name":"Hope Street","sizeBand":"Small"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return orgId;
    }

    public static async Task<string> StartWorkstreamAsync(this HttpClient client, string orgId, string title = "Peer support")
    {
        var response = await client.PostAsync($"/api/v1/charities/{orgId}/workstreams", Json($$"""{"title":"{{title}}"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Asserts an RFC 9457 answer with this status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }

    /// <summary>Asserts a 400 whose errors name exactly these fields.</summary>
    public static async Task AssertInvalidAsync(this HttpResponseMessage response, params string[] fields)
    {
        var body = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(fields.Order(), body.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }
}
