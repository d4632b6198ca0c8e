using System.Net;
using System.Text.Json;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class ResourcingRoutesTests(PortalFactory portal)
{
    /// <summary>12 days at £183.33: £2,199.96.</summary>
    internal const string StaffLine = """
        {"category":"StaffTime","description":"Coordinator time","quantity":12,"unit":"days","unitCostPence":18333,
         "periodStart":"2026-04-01","periodEnd":"2027-03-31"}
        """;

    private static string Lines(string orgId) => $"/api/v1/charities/{orgId}/resourcing/lines";

    private ICharityGrain Grain(string orgId) => portal.Services.GetRequiredService<IGrainFactory>().GetGrain<ICharityGrain>(orgId);

    /// <summary>A pledge as a funder's route makes it, once the charity (alice) shares its plan with that funder.</summary>
    private async Task<Pledge> OfferAsync(string orgId, string lineId, string funderOrgId, long amountPence, string? note, string by)
    {
        var charity = Grain(orgId);
        var funder = portal.Services.GetRequiredService<IGrainFactory>().GetGrain<IFunderGrain>(funderOrgId);
        if (!await funder.IsRegisteredAsync())
            await funder.RegisterAsync(new RegisterFunder(funderOrgId, "Funder", null, null), by);
        if (!(await charity.GetSharesAsync("alice")).Any(s => s.FunderOrgId == funderOrgId))
            await charity.ShareAsync(funderOrgId, [ShareScope.Resourcing], null, "alice");
        return await charity.OfferPledgeAsync(lineId, Guid.NewGuid().ToString("n"), new FunderRef(funderOrgId, "Funder"), amountPence, note, by);
    }

    private static async Task<string> PlanAsync(HttpClient client, string orgId, string json)
    {
        var response = await client.PostAsync(Lines(orgId), Http.Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<string> FundAsync(HttpClient client, string orgId, string lineId, string json)
    {
        var response = await client.PostAsync($"{Lines(orgId)}/{lineId}/funding", Http.Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<int> HistoryLengthAsync(HttpClient client, string orgId) =>
        (await (await client.GetAsync($"/api/v1/charities/{orgId}/history")).JsonAsync()).GetProperty("events").GetArrayLength();

    [Fact]
    public async Task APaymentLineSaysHowPeopleAreThankedAndWhyOnlyToTheCharity()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        const string Payment = """
            {"category":"ParticipantPayment","description":"Members' time","quantity":10,"unit":"hours","unitCostPence":0,
             "periodStart":"2026-04-01","periodEnd":"2027-03-31","hours":10,"hourlyRatePence":0,"sameRateAsStaff":false,
             "payment":"Declined","paymentReason":"Two members would lose Carer's Allowance."}
            """;

        await (await alice.PostAsync(Lines(orgId), Http.Json(StaffLine.Replace("}", ""","payment":"NonCash"}""", StringComparison.Ordinal))))
            .AssertInvalidAsync("payment");
        var lineId = await PlanAsync(alice, orgId, Payment);
        var staffId = await PlanAsync(alice, orgId, StaffLine);

        var mine = await (await alice.GetAsync($"{Lines(orgId)}/{lineId}")).JsonAsync();
        Assert.Equal("Declined", mine.GetProperty("payment").GetString());
        Assert.Equal("Two members would lose Carer's Allowance.", mine.GetProperty("paymentReason").GetString());
        Assert.Equal(JsonValueKind.Null, (await (await alice.GetAsync($"{Lines(orgId)}/{staffId}")).JsonAsync()).GetProperty("payment").ValueKind);

        var funderOrgId = $"GB-CHC-7{Random.Shared.Next(100_000, 999_999)}";
        await portal.Services.GetRequiredService<IGrainFactory>().GetGrain<IFunderGrain>(funderOrgId).RegisterAsync(new RegisterFunder(funderOrgId, "Funder", null, null), "fiona");
        await Grain(orgId).ShareAsync(funderOrgId, [ShareScope.Resourcing], null, "alice");
        var fiona = await portal.ClientForAsync("fiona");
        var theirs = await (await fiona.GetAsync($"{Lines(orgId)}/{lineId}")).JsonAsync();
        Assert.Equal("Declined", theirs.GetProperty("payment").GetString());
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("paymentReason").ValueKind);
    }

    [Fact]
    public async Task PlanningALineAnswersCreatedWithItsIdTotalAndLocation()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var response = await alice.PostAsync(Lines(orgId), Http.Json(StaffLine));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var line = await response.JsonAsync();
        var id = line.GetProperty("id").GetString()!;
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal($"{Lines(orgId)}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("StaffTime", line.GetProperty("category").GetString());
        Assert.Equal("GBP", line.GetProperty("currency").GetString());
        Assert.Equal("2027-03-31", line.GetProperty("periodEnd").GetString());
        Assert.Equal(219_996, line.GetProperty("totalPence").GetInt64());
        Assert.Equal(0, line.GetProperty("fundedPence").GetInt64());
        Assert.Equal(219_996, line.GetProperty("gapPence").GetInt64());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("workstreamId").ValueKind);
        var fetched = await (await alice.GetAsync($"{Lines(orgId)}/{id}")).JsonAsync();
        Assert.Equal(line.GetRawText(), fetched.GetRawText());
        Assert.Equal(id, (await (await alice.GetAsync(Lines(orgId))).JsonAsync())[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task TheSummaryAddsUpToThePennyWithItsBreakdownsAndWarnings()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var peer = await alice.StartWorkstreamAsync(orgId, "Peer support");
        var panel = await alice.StartWorkstreamAsync(orgId, "Hiring panel");
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{peer}/participants", Http.Json("""{"count":5}"""));
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{panel}/participants", Http.Json("""{"count":0,"roles":["Interview panel"]}"""));

        var pay = await PlanAsync(alice, orgId, $$"""
            {"category":"ParticipantPayment","description":"Peer mentors' time","quantity":40,"unit":"hours","unitCostPence":1575,
             "periodStart":"2026-04-01","periodEnd":"2027-03-31","workstreamId":"{{peer}}","hours":40,"hourlyRatePence":1575,"sameRateAsStaff":true}
            """); // 63,000
        var bsl = await PlanAsync(alice, orgId, $$"""
            {"category":"Accessibility","description":"Interpreters for panel days","quantity":3,"unit":"sessions","unitCostPence":33333,
             "periodStart":"2027-01-10","periodEnd":"2027-02-01","workstreamId":"{{panel}}","support":"BSL interpreters","currency":"GBP"}
            """); // 99,999
        var staff = await PlanAsync(alice, orgId, StaffLine); // 219,996
        await FundAsync(alice, orgId, staff, """{"kind":"SelfFunded","amountPence":19996}""");
        await FundAsync(alice, orgId, staff, """{"kind":"Received","amountPence":100000,"funderName":"Trust A"}""");
        await FundAsync(alice, orgId, bsl, """{"kind":"Committed","amountPence":50000,"funderOrgId":"GB-CHC-7000001"}""");
        var accepted = await OfferAsync(orgId, pay, "GB-CHC-7000002", 63_000, null, "fiona");
        await OfferAsync(orgId, staff, "GB-CHC-7000003", 70_000, "Year two", "gary");
        var declined = await OfferAsync(orgId, bsl, "GB-CHC-7000004", 10_000, null, "hana");
        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"{Lines(orgId)}/{pay}/pledges/{accepted.Id}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"{Lines(orgId)}/{bsl}/pledges/{declined.Id}/decline", null)).StatusCode);

        var summary = await (await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/summary")).JsonAsync();

        Assert.Equal(
            ["asOf", "byCategory", "byPeriod", "byWorkstream", "currency", "fundedPence", "gapPence", "lineCount", "offeredPence",
             "participantPaymentPence", "participantShareBasisPoints", "participantSharePercent", "totalPence", "warnings"],
            summary.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(382_995, summary.GetProperty("totalPence").GetInt64());
        Assert.Equal(232_996, summary.GetProperty("fundedPence").GetInt64()); // 19,996 + 100,000 + 50,000 + 63,000 accepted
        Assert.Equal(149_999, summary.GetProperty("gapPence").GetInt64());
        Assert.Equal(70_000, summary.GetProperty("offeredPence").GetInt64()); // offered, not yet accepted: not funded
        Assert.Equal(63_000, summary.GetProperty("participantPaymentPence").GetInt64());
        Assert.Equal(1_644, summary.GetProperty("participantShareBasisPoints").GetInt32()); // 63,000 / 382,995 = 16.449…%
        Assert.Equal(16.44m, summary.GetProperty("participantSharePercent").GetDecimal());
        Assert.Equal("GBP", summary.GetProperty("currency").GetString());
        Assert.Equal(3, summary.GetProperty("lineCount").GetInt32());

        static string Row(JsonElement e) => string.Join(' ',
            e.GetProperty("totalPence").GetInt64(), e.GetProperty("fundedPence").GetInt64(), e.GetProperty("gapPence").GetInt64(), e.GetProperty("offeredPence").GetInt64());
        Assert.Equal(["2026: 282996 182996 100000 70000", "2027: 99999 50000 49999 0"],
            summary.GetProperty("byPeriod").EnumerateArray().Select(p => $"{p.GetProperty("year").GetInt32()}: {Row(p)}"));
        Assert.Equal(
            ["ParticipantPayment: 63000 63000 0 0", "Accessibility: 99999 50000 49999 0", "TrainingAndSkills: 0 0 0 0", "StaffTime: 219996 119996 100000 70000",
             "SupportAndWellbeing: 0 0 0 0", "PartnerDelivery: 0 0 0 0", "Evaluation: 0 0 0 0", "Other: 0 0 0 0"],
            summary.GetProperty("byCategory").EnumerateArray().Select(c => $"{c.GetProperty("category").GetString()}: {Row(c)}"));
        Assert.Equal([$"{peer}: 63000 63000 0 0", $"{panel}: 99999 50000 49999 0", ": 219996 119996 100000 70000"],
            summary.GetProperty("byWorkstream").EnumerateArray().Select(w => $"{w.GetProperty("workstreamId").GetString()}: {Row(w)}"));
        var warning = Assert.Single(summary.GetProperty("warnings").EnumerateArray());
        Assert.Equal("ParticipantsUnpaid", warning.GetProperty("kind").GetString());
        Assert.Equal(panel, warning.GetProperty("workstreamId").GetString());
        Assert.Contains("Hiring panel", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"quantity\":12", "\"quantity\":-1", "quantity")]
    [InlineData("\"quantity\":12", "\"quantity\":1.5", "quantity")]
    [InlineData("\"unitCostPence\":18333", "\"unitCostPence\":-5", "unitCostPence")]
    [InlineData("\"unitCostPence\":18333", "\"unitCostPence\":183.33", "unitCostPence")]
    [InlineData("\"unitCostPence\":18333", "\"unitCostPence\":99999999999999999999", "unitCostPence")]
    [InlineData("\"unitCostPence\":18333", "\"unitCostPence\":833333334", "unitCostPence")] // 12 × that is £100,000,000.08
    [InlineData("\"quantity\":12,\"unit\":\"days\",\"unitCostPence\":18333", "\"quantity\":10000000000,\"unit\":\"days\",\"unitCostPence\":10000000000", "unitCostPence")] // overflows long
    [InlineData("\"periodEnd\":\"2027-03-31\"", "\"periodEnd\":\"2026-03-31\"", "periodEnd")]
    [InlineData("\"periodStart\":\"2026-04-01\"", "\"periodStart\":\"01/04/2026\"", "periodStart")]
    [InlineData("\"category\":\"StaffTime\"", "\"category\":\"Catering\"", "category")]
    [InlineData("\"category\":\"StaffTime\",", "", "category")]
    [InlineData("{\"category\"", "{\"currency\":\"EUR\",\"category\"", "currency")]
    [InlineData("{\"category\"", "{\"workstreamId\":\"nope\",\"category\"", "workstreamId")]
    [InlineData("{\"category\"", "{\"hours\":3,\"category\"", "hours")]
    [InlineData("\"StaffTime\"", "\"ParticipantPayment\"", "hours,hourlyRatePence,sameRateAsStaff")]
    [InlineData("\"StaffTime\"", "\"Accessibility\"", "support")]
    public async Task BadLinesNameTheFieldAndStoreNothing(string find, string replace, string fields)
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var before = await HistoryLengthAsync(alice, orgId);

        var response = await alice.PostAsync(Lines(orgId), Http.Json(StaffLine.Replace(find, replace, StringComparison.Ordinal)));

        await response.AssertInvalidAsync(fields.Split(','));
        Assert.Equal(0, (await (await alice.GetAsync(Lines(orgId))).JsonAsync()).GetArrayLength());
        Assert.Equal(before, await HistoryLengthAsync(alice, orgId));
    }

    [Fact]
    public async Task BadFundingNamesTheFieldAndOverFundingIsAConflict()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var line = await PlanAsync(alice, orgId, StaffLine);
        var funding = $"{Lines(orgId)}/{line}/funding";

        await (await alice.PostAsync(funding, Http.Json("""{"kind":"SelfFunded","amountPence":-1}"""))).AssertInvalidAsync("amountPence");
        await (await alice.PostAsync(funding, Http.Json("""{"kind":"Committed","amountPence":100}"""))).AssertInvalidAsync("funderName");
        await (await alice.PostAsync(funding, Http.Json("""{"kind":"Pledged","amountPence":100}"""))).AssertInvalidAsync("kind");
        await (await alice.PostAsync(funding, Http.Json("""{"kind":"SelfFunded","amountPence":100,"currency":"USD"}"""))).AssertInvalidAsync("currency");
        await (await alice.PostAsync(funding, Http.Json("""{"kind":"SelfFunded","amountPence":219997}"""))).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await alice.PostAsync($"{Lines(orgId)}/nope/funding", Http.Json("""{"kind":"SelfFunded","amountPence":1}"""))).AssertProblemAsync(HttpStatusCode.NotFound);

        var created = await alice.PostAsync(funding, Http.Json("""{"kind":"Committed","amountPence":219996,"funderName":"Trust A"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal($"{funding}/{id}", created.Headers.Location?.OriginalString);
        await (await alice.PostAsync(funding, Http.Json("""{"kind":"SelfFunded","amountPence":1}"""))).AssertProblemAsync(HttpStatusCode.Conflict);

        var received = await alice.PutAsync($"{funding}/{id}", Http.Json("""{"kind":"Received","amountPence":219996,"funderName":"Trust A"}"""));
        Assert.Equal("Received", (await received.JsonAsync()).GetProperty("kind").GetString());
        Assert.Equal(0, (await (await alice.GetAsync($"{Lines(orgId)}/{line}")).JsonAsync()).GetProperty("gapPence").GetInt64());
        await (await alice.DeleteAsync($"{Lines(orgId)}/{line}")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"{funding}/{id}")).StatusCode);
        await (await alice.GetAsync($"{funding}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ALineIsReplacedAndWithdrawn()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var line = await PlanAsync(alice, orgId, StaffLine);

        var changed = await alice.PutAsync($"{Lines(orgId)}/{line}", Http.Json(StaffLine.Replace("\"quantity\":12", "\"quantity\":10", StringComparison.Ordinal)));
        Assert.Equal(183_330, (await changed.JsonAsync()).GetProperty("totalPence").GetInt64());
        await (await alice.PutAsync($"{Lines(orgId)}/{line}", Http.Json(StaffLine.Replace("\"quantity\":12", "\"quantity\":0", StringComparison.Ordinal))))
            .AssertInvalidAsync("quantity");

        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"{Lines(orgId)}/{line}")).StatusCode);
        await (await alice.GetAsync($"{Lines(orgId)}/{line}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PutAsync($"{Lines(orgId)}/{line}", Http.Json(StaffLine))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/summary")).JsonAsync()).GetProperty("totalPence").GetInt64());
    }

    [Fact]
    public async Task PledgesAreAcceptedOnlyWithinTheGapAndOnlyByEditors()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        await alice.PutAsync($"/api/v1/charities/{orgId}/members/victor", Http.Json("""{"role":"Viewer"}"""));
        var victor = await portal.ClientForAsync("victor");
        var line = await PlanAsync(alice, orgId, StaffLine);
        var first = await OfferAsync(orgId, line, "GB-CHC-7000001", 200_000, null, "fiona");
        var second = await OfferAsync(orgId, line, "GB-CHC-7000002", 19_997, null, "gary");

        await (await victor.PostAsync($"{Lines(orgId)}/{line}/pledges/{first.Id}/accept", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var accepted = await (await alice.PostAsync($"{Lines(orgId)}/{line}/pledges/{first.Id}/accept", null)).JsonAsync();
        await (await alice.PostAsync($"{Lines(orgId)}/{line}/pledges/{second.Id}/accept", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await alice.PostAsync($"{Lines(orgId)}/{line}/pledges/nope/accept", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        var declined = await (await alice.PostAsync($"{Lines(orgId)}/{line}/pledges/{second.Id}/decline", null)).JsonAsync();

        Assert.Equal((200_000, 19_996, 19_997), (accepted.GetProperty("fundedPence").GetInt64(), accepted.GetProperty("gapPence").GetInt64(), accepted.GetProperty("offeredPence").GetInt64()));
        Assert.Equal(["Accepted", "Declined"], declined.GetProperty("pledges").EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(0, declined.GetProperty("offeredPence").GetInt64());
        await (await alice.PostAsync($"{Lines(orgId)}/{line}/pledges/{second.Id}/accept", null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ViewersCannotChangeThePlanAndNonMembersAreToldItDoesNotExist()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        await alice.PutAsync($"/api/v1/charities/{orgId}/members/victor", Http.Json("""{"role":"Viewer"}"""));
        var victor = await portal.ClientForAsync("victor");
        var mallory = await portal.ClientForAsync("mallory");
        var line = await PlanAsync(alice, orgId, StaffLine);
        var before = await HistoryLengthAsync(alice, orgId);

        await (await victor.PostAsync(Lines(orgId), Http.Json(StaffLine))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PutAsync($"{Lines(orgId)}/{line}", Http.Json(StaffLine))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.DeleteAsync($"{Lines(orgId)}/{line}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PostAsync($"{Lines(orgId)}/{line}/funding", Http.Json("""{"kind":"SelfFunded","amountPence":1}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync(Lines(orgId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync($"/api/v1/charities/{orgId}/resourcing/summary")).StatusCode);

        await (await mallory.GetAsync(Lines(orgId))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.GetAsync($"{Lines(orgId)}/{line}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.GetAsync($"/api/v1/charities/{orgId}/resourcing/summary")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.PostAsync(Lines(orgId), Http.Json(StaffLine))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await HistoryLengthAsync(alice, orgId));
    }

    [Fact]
    public async Task ARetriedLineCreationWithTheSameKeyCreatesOneLine()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Post() => new(HttpMethod.Post, Lines(orgId)) { Content = Http.Json(StaffLine), Headers = { { "Idempotency-Key", key } } };

        var first = await alice.SendAsync(Post());
        var retry = await alice.SendAsync(Post());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, (await (await alice.GetAsync(Lines(orgId))).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task TheSummaryCanBeReadAsItWasAndRefusesABadInstant()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var before = portal.Clock.UtcNow;
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await PlanAsync(alice, orgId, StaffLine);

        var then = await (await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/summary?asOf={Uri.EscapeDataString(before.ToString("O"))}")).JsonAsync();

        Assert.Equal(0, then.GetProperty("totalPence").GetInt64());
        Assert.Equal(JsonValueKind.Null, then.GetProperty("participantSharePercent").ValueKind);
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/summary?asOf=yesterday")).AssertInvalidAsync("asOf");
    }
}
