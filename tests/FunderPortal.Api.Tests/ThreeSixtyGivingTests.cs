using System.Net;
using System.Text.Json.Nodes;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class ThreeSixtyGivingTests(PortalFactory portal)
{
    private async Task<(HttpClient Client, string OrgId)> FunderWithGrantsAsync()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        var programme = await (await alice.PostAsync($"/api/v1/funders/{orgId}/programmes", Http.Json("""{"title":"Growing Voices"}"""))).JsonAsync();
        await alice.RecordGrantAsync(orgId);
        await alice.RecordGrantAsync(orgId, FunderHttp.GrantJson
            .Replace("\"amountPence\":123456", "\"amountPence\":10000000000", StringComparison.Ordinal)
            .Replace("\"charityName\":\"Hope Street\",", "", StringComparison.Ordinal)
            .Replace("\"type\":\"Development\"", $"\"type\":\"Core\",\"programmeId\":\"{programme.GetProperty("id").GetString()}\"", StringComparison.Ordinal));
        return (alice, orgId);
    }

    private static async Task<JsonNode> PackageAsync(HttpClient client, string orgId)
    {
        var response = await client.GetAsync($"/api/v1/funders/{orgId}/360giving");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task TheServedPackageValidatesAgainstThe360GivingSchema()
    {
        var (alice, orgId) = await FunderWithGrantsAsync();

        var package = await PackageAsync(alice, orgId);
        var results = ThreeSixtyGivingSchema.Validate(package);

        Assert.True(results.IsValid, "The 360Giving package is not valid:" + Environment.NewLine + ThreeSixtyGivingSchema.Describe(results)
            + Environment.NewLine + package.ToJsonString());
    }

    [Fact]
    public async Task ABrokenPackageFailsValidationSoTheCheckCanFail()
    {
        var (alice, orgId) = await FunderWithGrantsAsync();
        var package = await PackageAsync(alice, orgId);

        var amountAsText = package.DeepClone();
        amountAsText["grants"]![0]!["amountAwarded"] = "1234.56";
        var noRecipient = package.DeepClone();
        noRecipient["grants"]![0]!.AsObject().Remove("recipientOrganization");
        var badDate = package.DeepClone();
        badDate["grants"]![0]!["awardDate"] = "01/12/2025";
        var noGrants = package.DeepClone();
        noGrants["grants"] = new JsonArray();

        foreach (var broken in new[] { amountAsText, noRecipient, badDate, noGrants })
            Assert.False(ThreeSixtyGivingSchema.Validate(broken).IsValid, broken.ToJsonString());
        Assert.Contains("amountAwarded", ThreeSixtyGivingSchema.Describe(ThreeSixtyGivingSchema.Validate(amountAsText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantsArePublishedWithPrefixedIdsExactPoundsAndBothOrganisations()
    {
        var (alice, orgId) = await FunderWithGrantsAsync();

        var package = await PackageAsync(alice, orgId);
        var text = package.ToJsonString();
        var grants = package["grants"]!.AsArray();
        var first = grants.Single(g => (string?)g!["id"] == "360G-hopetrust-1")!;
        var second = grants.Single(g => (string?)g!["id"] == "360G-hopetrust-2")!;

        Assert.Equal(("1.4", "https://creativecommons.org/licenses/by/4.0/", orgId, "Hope Trust"),
            ((string?)package["version"], (string?)package["license"], (string?)package["publisher"]!["identifier"], (string?)package["publisher"]!["name"]));
        Assert.Contains("\"amountAwarded\":1234.56", text, StringComparison.Ordinal);
        Assert.Equal(1234.56m, first["amountAwarded"]!.GetValue<decimal>());
        Assert.Equal(100_000_000m, second["amountAwarded"]!.GetValue<decimal>());
        Assert.Equal(("GBP", "2025-12-01"), ((string?)first["currency"], (string?)first["awardDate"]));
        Assert.Equal(("GB-CHC-1234567", "Hope Street"), ((string?)first["recipientOrganization"]![0]!["id"], (string?)first["recipientOrganization"]![0]!["name"]));
        Assert.Equal("GB-CHC-1234567", (string?)second["recipientOrganization"]![0]!["name"]);
        Assert.Equal((orgId, "Hope Trust"), ((string?)first["fundingOrganization"]![0]!["id"], (string?)first["fundingOrganization"]![0]!["name"]));
        Assert.Equal(("2026-02-01", "2028-01-31"), ((string?)first["plannedDates"]![0]!["startDate"], (string?)first["plannedDates"]![0]!["endDate"]));
        Assert.Equal("Growing Voices", (string?)second["grantProgramme"]![0]!["title"]);
        Assert.Null(first["grantProgramme"]);
        Assert.Equal("Core", (string?)second["classifications"]![0]!["code"]);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal); // nobody's personal data, not even the funder's staff
    }

    [Fact]
    public async Task WithoutAPrefixOrAGrantThereIsNothingToPublish()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync(prefix: null);

        await (await alice.GetAsync($"/api/v1/funders/{orgId}/360giving")).AssertProblemAsync(HttpStatusCode.Conflict);
        await alice.PatchAsync($"/api/v1/funders/{orgId}", Http.Json("""{"grantIdPrefix":"360G-hopetrust"}"""));
        await (await alice.GetAsync($"/api/v1/funders/{orgId}/360giving")).AssertProblemAsync(HttpStatusCode.Conflict);
        await alice.RecordGrantAsync(orgId);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/v1/funders/{orgId}/360giving")).StatusCode);
    }
}
