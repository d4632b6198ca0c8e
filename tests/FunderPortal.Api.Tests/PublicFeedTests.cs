using System.Net;
using System.Text.Json.Nodes;
using static FunderPortal.Api.Tests.GrantImportHttp;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class PublicFeedTests(PortalFactory portal)
{
    private static string Feed(string funderOrgId) => $"/api/v1/public/funders/{funderOrgId}/360giving.json";

    [Fact]
    public async Task TheFeedIsNotFoundUntilTheFunderPublishesThenAnyoneReadsItValidAgainstThe360GivingSchema()
    {
        var editor = await portal.ClientForAsync("feed-editor");
        var charity = await portal.ClientForAsync("feed-charity");
        var funder = await editor.RegisterFunderAsync();
        var charityOrgId = await charity.RegisterAsync();
        await editor.RecordGrantAsync(funder, FunderHttp.GrantJson.Replace("GB-CHC-1234567", charityOrgId, StringComparison.Ordinal));
        await editor.ImportAsync(funder, Package(Grant("360G-oldtrust-5", "GB-CHC-5560001", "Oak Lane", funderOrgId: funder)), "grants.json", dryRun: false);
        var anyone = portal.CreateClient();

        await (await anyone.GetAsync(Feed(funder))).AssertProblemAsync(HttpStatusCode.NotFound);
        var published = await editor.PutAsync($"/api/v1/funders/{funder}/publication", Http.Json("""{"publish360Giving":true}"""));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var body = await published.JsonAsync();
        Assert.Equal((true, $"http://localhost{Feed(funder)}"), (body.GetProperty("publish360Giving").GetBoolean(), body.GetProperty("url").GetString()));

        var response = await anyone.GetAsync(Feed(funder));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var package = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var results = ThreeSixtyGivingSchema.Validate(package);
        Assert.True(results.IsValid, "The public feed is not valid 360Giving data:" + Environment.NewLine + ThreeSixtyGivingSchema.Describe(results));
        Assert.Equal(["360G-hopetrust-1", "360G-oldtrust-5"], package["grants"]!.AsArray().Select(g => (string)g!["id"]!).Order());
        Assert.True((await (await editor.GetAsync($"/api/v1/funders/{funder}")).JsonAsync()).GetProperty("publish360Giving").GetBoolean());

        await editor.PutAsync($"/api/v1/funders/{funder}/publication", Http.Json("""{"publish360Giving":false}"""));
        await (await anyone.GetAsync(Feed(funder))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EachGrantsBeneficiaryLocationIsTheAreaCodesItsCharityGivesInItsProfile()
    {
        var editor = await portal.ClientForAsync("feed-editor");
        var charity = await portal.ClientForAsync("feed-charity");
        var funder = await editor.RegisterFunderAsync();
        var charityOrgId = await charity.RegisterAsync();
        await editor.RecordGrantAsync(funder, FunderHttp.GrantJson.Replace("GB-CHC-1234567", charityOrgId, StringComparison.Ordinal));
        await editor.PutAsync($"/api/v1/funders/{funder}/publication", Http.Json("""{"publish360Giving":true}"""));

        var changed = await charity.PatchAsync($"/api/v1/charities/{charityOrgId}", Http.Json("""{"areaCodes":["E06000014","W06000015","E06000014"]}"""));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["E06000014", "W06000015"], (await changed.JsonAsync()).GetProperty("areaCodes").EnumerateArray().Select(c => c.GetString()!));

        var package = await WaitForAsync(async () => JsonNode.Parse(await portal.CreateClient().GetStringAsync(Feed(funder)))!,
            p => p["grants"]![0]!["beneficiaryLocation"] is not null);
        Assert.Equal([("E06000014", "GB"), ("W06000015", "GB")], package["grants"]![0]!["beneficiaryLocation"]!.AsArray()
            .Select(l => ((string)l!["geoCode"]!, (string)l["countryCode"]!)));
        var results = ThreeSixtyGivingSchema.Validate(package);
        Assert.True(results.IsValid, ThreeSixtyGivingSchema.Describe(results));
    }

    [Fact]
    public async Task AreaCodesAreCheckedOneByOneAndPublishingNeedsAPrefixAndAnEditor()
    {
        var charity = await portal.ClientForAsync("feed-charity");
        var charityOrgId = await charity.RegisterAsync();
        await (await charity.PatchAsync($"/api/v1/charities/{charityOrgId}", Http.Json("""{"areaCodes":["E06000014","York","E0600001"]}""")))
            .AssertInvalidAsync("areaCodes[1]", "areaCodes[2]");
        var tooMany = string.Join(",", Enumerable.Range(1, 101).Select(i => $"\"E{i:00000000}\""));
        await (await charity.PatchAsync($"/api/v1/charities/{charityOrgId}", Http.Json($$"""{"areaCodes":[{{tooMany}}]}"""))).AssertProblemAsync(HttpStatusCode.BadRequest);

        var editor = await portal.ClientForAsync("feed-editor");
        var noPrefix = await editor.RegisterFunderAsync(prefix: null);
        await (await editor.PutAsync($"/api/v1/funders/{noPrefix}/publication", Http.Json("""{"publish360Giving":true}""")))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await editor.AddMemberAsync(noPrefix, "feed-viewer", "Viewer");
        var viewer = await portal.ClientForAsync("feed-viewer");
        await (await viewer.PutAsync($"/api/v1/funders/{noPrefix}/publication", Http.Json("""{"publish360Giving":true}""")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await portal.CreateClient().GetAsync(Feed("not-an-org-id"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || waited.Elapsed > TimeSpan.FromSeconds(10))
                return value;
            await Task.Delay(25);
        }
    }
}
