using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>Portfolio insights from what charities share, through the summaries they push: one read of the funder's grain.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortfolioInsightsRoutesTests(PortalFactory portal)
{
    [Fact]
    public async Task InsightsCountOnlyWhatEachCharitysShareCovers()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var funder = await portal.ClientForAsync($"insights-funder-{id}");
        var funderOrgId = await funder.RegisterFunderAsync();
        var today = DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Everything shared: leadership, two groups, an open barrier, a participant payment line part funded, a rung that climbed.
        var first = await portal.ClientForAsync($"insights-a-{id}");
        var a = await first.RegisterAsync();
        var ws = await first.StartWorkstreamAsync(a);
        await PutAsync(first, $"/api/v1/charities/{a}/workstreams/{ws}/rungs/CoDesign", """{"current":"Consultation"}""");
        await PutAsync(first, $"/api/v1/charities/{a}/workstreams/{ws}/participants", """{"count":6,"seldomHeardGroupsReached":["Homeless","LgbtPlus"]}""");
        await PutAsync(first, $"/api/v1/charities/{a}/leadership", """{"volunteersWhoAreOrWereServiceUsers":70,"chairHasDisability":true,"trusteesWithLivedExperience":3}""");
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsync($"/api/v1/charities/{a}/workstreams/{ws}/barriers",
            Http.Json("""{"kind":"Accessibility","description":"No step-free room"}"""))).StatusCode);
        var line = (await (await first.PostAsync($"/api/v1/charities/{a}/resourcing/lines", Http.Json($$"""
            {"category":"ParticipantPayment","description":"Peer mentors' time","quantity":40,"unit":"hours","unitCostPence":1500,
             "periodStart":"2026-01-01","periodEnd":"2026-12-31","workstreamId":"{{ws}}","hours":40,"hourlyRatePence":1500,"sameRateAsStaff":true}
            """))).JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsync($"/api/v1/charities/{a}/resourcing/lines/{line}/funding",
            Http.Json("""{"kind":"SelfFunded","amountPence":15000}"""))).StatusCode);
        await first.ShareAsync(a, funderOrgId, """["Journey","Resourcing","Evidence"]""");
        await funder.RecordGrantAsync(funderOrgId, $$"""
            {"charityOrgId":"{{a}}","title":"Paid co-design","description":"Paying participants","amountPence":500000,
             "awardDate":"{{today}}","plannedStart":"{{today}}","plannedEnd":"2030-01-31","type":"Development"}
            """);
        portal.Clock.Advance(TimeSpan.FromDays(2));
        await PutAsync(first, $"/api/v1/charities/{a}/workstreams/{ws}/rungs/CoDesign", """{"current":"CoDesign"}""");

        // The plan only: its leadership and groups must not count, its participant payments must.
        var second = await portal.ClientForAsync($"insights-b-{id}");
        var b = await second.RegisterAsync();
        var wsB = await second.StartWorkstreamAsync(b);
        await PutAsync(second, $"/api/v1/charities/{b}/workstreams/{wsB}/participants", """{"count":2,"seldomHeardGroupsReached":["Homeless"]}""");
        await PutAsync(second, $"/api/v1/charities/{b}/leadership", """{"volunteersWhoAreOrWereServiceUsers":10,"chairHasDisability":false}""");
        Assert.Equal(HttpStatusCode.Created, (await second.PostAsync($"/api/v1/charities/{b}/resourcing/lines", Http.Json($$"""
            {"category":"ParticipantPayment","description":"Panel members' time","quantity":10,"unit":"hours","unitCostPence":2000,
             "periodStart":"2026-01-01","periodEnd":"2026-12-31","workstreamId":"{{wsB}}","hours":10,"hourlyRatePence":2000,"sameRateAsStaff":true}
            """))).StatusCode);
        await second.ShareAsync(b, funderOrgId, """["Resourcing"]""");

        var insights = await InsightsWhenAsync(funder, funderOrgId, i =>
            i.GetProperty("charities").GetInt32() == 2
            && i.GetProperty("rungsSinceFirstGrant").GetProperty("up").GetInt32() == 1
            && i.GetProperty("participantPaymentsPence").GetProperty("planned").GetInt64() == 80_000);

        Assert.Equal(2, insights.GetProperty("charities").GetInt32());
        var leadership = insights.GetProperty("leadership");
        var volunteers = leadership.GetProperty("VolunteersWhoAreOrWereServiceUsers");
        Assert.Equal((1, 70m, 67m), (volunteers.GetProperty("reporting").GetInt32(), volunteers.GetProperty("value").GetDecimal(), volunteers.GetProperty("national").GetDecimal()));
        Assert.Equal((60m, false), (volunteers.GetProperty("regional").GetProperty("percent").GetDecimal(), volunteers.GetProperty("regional").GetProperty("upperBound").GetBoolean()));
        var chair = leadership.GetProperty("ChairHasDisability");
        Assert.Equal((1, 100m, 9.5m), (chair.GetProperty("reporting").GetInt32(), chair.GetProperty("value").GetDecimal(), chair.GetProperty("national").GetDecimal()));
        Assert.Equal((3m, true), (chair.GetProperty("regional").GetProperty("percent").GetDecimal(), chair.GetProperty("regional").GetProperty("upperBound").GetBoolean()));
        Assert.False(string.IsNullOrWhiteSpace(chair.GetProperty("regional").GetProperty("source").GetString()));
        Assert.Equal((5m, true), (leadership.GetProperty("CeoHasDisability").GetProperty("regional").GetProperty("percent").GetDecimal(),
            leadership.GetProperty("CeoHasDisability").GetProperty("regional").GetProperty("upperBound").GetBoolean()));
        Assert.Equal((1, 3m), (leadership.GetProperty("TrusteesWithLivedExperience").GetProperty("reporting").GetInt32(),
            leadership.GetProperty("TrusteesWithLivedExperience").GetProperty("value").GetDecimal()));
        var staff = leadership.GetProperty("StaffWithLivedExperience");
        Assert.Equal((0, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (staff.GetProperty("reporting").GetInt32(),
            staff.GetProperty("value").ValueKind, staff.GetProperty("national").ValueKind, staff.GetProperty("regional").ValueKind));
        var groups = insights.GetProperty("seldomHeardGroupsReached");
        Assert.Equal((1, 1, 0), (groups.GetProperty("Homeless").GetInt32(), groups.GetProperty("LgbtPlus").GetInt32(), groups.GetProperty("InPrison").GetInt32()));
        Assert.Equal(10, groups.EnumerateObject().Count());
        var rungs = insights.GetProperty("rungsSinceFirstGrant");
        Assert.Equal((1, 0, 0), (rungs.GetProperty("up").GetInt32(), rungs.GetProperty("same").GetInt32(), rungs.GetProperty("down").GetInt32()));
        var payments = insights.GetProperty("participantPaymentsPence");
        Assert.Equal((80_000L, 15_000L), (payments.GetProperty("planned").GetInt64(), payments.GetProperty("funded").GetInt64()));
        var barriers = insights.GetProperty("openBarriers");
        Assert.Equal((1, 0), (barriers.GetProperty("Accessibility").GetInt32(), barriers.GetProperty("PowerImbalance").GetInt32()));
        Assert.Equal(8, barriers.EnumerateObject().Count());

        // Members only; and the read is one entry in the funder's own log.
        await (await first.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio/insights")).AssertProblemAsync(HttpStatusCode.NotFound);
        var log = await (await funder.GetAsync($"/api/v1/funders/{funderOrgId}/access-log")).JsonAsync();
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("what").GetString() == "portfolio/insights");
    }

    [Fact]
    public async Task AFunderNobodySharesWithHasInsightsOfNothing()
    {
        var funder = await portal.ClientForAsync($"insights-alone-{Guid.NewGuid():n}");
        var funderOrgId = await funder.RegisterFunderAsync();

        var insights = await (await funder.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio/insights")).JsonAsync();

        Assert.Equal(0, insights.GetProperty("charities").GetInt32());
        Assert.All(insights.GetProperty("leadership").EnumerateObject(), i => Assert.Equal(0, i.Value.GetProperty("reporting").GetInt32()));
        Assert.Equal((0L, 0L), (insights.GetProperty("participantPaymentsPence").GetProperty("planned").GetInt64(),
            insights.GetProperty("participantPaymentsPence").GetProperty("funded").GetInt64()));
    }

    private static async Task PutAsync(HttpClient client, string path, string json)
    {
        var response = await client.PutAsync(path, Http.Json(json));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Charities push without waiting: read until <paramref name="done"/> holds or about five seconds have passed.</summary>
    private static async Task<JsonElement> InsightsWhenAsync(HttpClient member, string funderOrgId, Func<JsonElement, bool> done)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var response = await member.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio/insights");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var insights = await response.JsonAsync();
            if (done(insights) || waited.Elapsed > TimeSpan.FromSeconds(5))
                return insights;
            await Task.Delay(20);
        }
    }
}
