using System.Net;
using System.Text.Json;
using FunderPortal.Funders;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>Helpers for the funder routes.</summary>
public static class FunderHttp
{
    public const string Prefix = "360G-hopetrust";

    /// <summary>A valid grant request; tests replace parts of it to make it invalid.</summary>
    public const string GrantJson = """
        {"charityOrgId":"GB-CHC-1234567","charityName":"Hope Street","title":"Paid co-design",
         "description":"Two years of paying participants for their time","amountPence":123456,
         "awardDate":"2025-12-01","plannedStart":"2026-02-01","plannedEnd":"2028-01-31","type":"Development",
         "workstreamIds":["w1"],"planLineIds":["line-7"]}
        """;

    public static async Task<string> RegisterFunderAsync(this HttpClient client, string? orgId = null, string? prefix = Prefix)
    {
        orgId ??= Http.NewOrgId();
        var prefixJson = prefix is null ? "" : $$""","grantIdPrefix":"{{prefix}}" """;
        var response = await client.PostAsync("/api/v1/funders", Http.Json($$"""{"orgId":"{{orgId}}","name":"Hope Trust","funderType":"Trust"{{prefixJson}}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return orgId;
    }

    public static async Task<JsonElement> RecordGrantAsync(this HttpClient client, string orgId, string json = GrantJson)
    {
        var response = await client.PostAsync($"/api/v1/funders/{orgId}/grants", Http.Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task AddMemberAsync(this HttpClient client, string orgId, string subject, string role)
    {
        var response = await client.PutAsync($"/api/v1/funders/{orgId}/members/{subject}", Http.Json($$"""{"role":"{{role}}"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>What a charity grain does when something shared changes: push its summary to the funder grain.</summary>
    public static Task PushAsync(this PortalFactory portal, string funderOrgId, PortfolioEntry entry) =>
        portal.Services.GetRequiredService<IGrainFactory>().GetGrain<IFunderGrain>(funderOrgId).UpsertPortfolioEntryAsync(entry);
}
