using System.Globalization;
using System.Net;
using System.Text.Json;
using FunderPortal.Common;
using FunderPortal.Funders;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The notification kinds as people read them over HTTP (<c>/api/v1/me/notifications</c>): a funder's members are told of
/// a share made with it and of their pledge answered; a grant's report due reaches the funder's and the charity's members
/// on the anniversary, by the portal's clock (the funder's due-dates reminder ticked as Orleans would); nobody else is told.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NotificationKindRoutesTests(PortalFactory portal)
{
    private const string Mine = "/api/v1/me/notifications";

    private sealed record World(HttpClient Owner, HttpClient Viewer, HttpClient Funder, HttpClient FunderViewer, string CharityOrgId, string FunderOrgId);

    private async Task<World> WorldAsync()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var owner = await portal.ClientForAsync($"owner-{suffix}");
        var orgId = await owner.RegisterAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsync($"/api/v1/charities/{orgId}/members/viewer-{suffix}", Http.Json("""{"role":"Viewer"}"""))).StatusCode);
        var funder = await portal.ClientForAsync($"funder-{suffix}");
        var funderOrgId = await funder.RegisterFunderAsync(prefix: null);
        await funder.AddMemberAsync(funderOrgId, $"funder-viewer-{suffix}", "Viewer");
        return new World(owner, await portal.ClientForAsync($"viewer-{suffix}"), funder, await portal.ClientForAsync($"funder-viewer-{suffix}"), orgId, funderOrgId);
    }

    private static async Task<List<JsonElement>> OfKindAsync(HttpClient client, string kind)
    {
        var response = await client.GetAsync(Mine);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == kind)];
    }

    /// <summary>Notices travel through the outbox a moment after the change: asks until one of <paramref name="kind"/> is there.</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient client, string kind)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await OfKindAsync(client, kind)) is [var first, ..])
                return first;
            await Task.Delay(100);
        }
        Assert.Fail($"No {kind} notification in time.");
        return default;
    }

    [Fact]
    public async Task TheFundersMembersAreToldOfAShareAndOfTheirPledgeAnsweredAndTheCharitysMembersOfNeither()
    {
        var w = await WorldAsync();
        await w.Owner.ShareAsync(w.CharityOrgId, w.FunderOrgId, """["Journey","Resourcing"]""");
        var line = (await (await w.Owner.PostAsync($"/api/v1/charities/{w.CharityOrgId}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine))).JsonAsync())
            .GetProperty("id").GetString();
        var pledge = await w.Funder.PostAsync($"/api/v1/funders/{w.FunderOrgId}/pledges",
            Http.Json($$"""{"charityOrgId":"{{w.CharityOrgId}}","lineId":"{{line}}","amountPence":5000}"""));
        Assert.Equal(HttpStatusCode.Created, pledge.StatusCode);
        var pledgeId = (await pledge.JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK,
            (await w.Owner.PostAsync($"/api/v1/charities/{w.CharityOrgId}/resourcing/lines/{line}/pledges/{pledgeId}/decline", null)).StatusCode);

        var shared = await WaitForAsync(w.FunderViewer, "ShareGranted");
        Assert.Equal($"/funders/{w.FunderOrgId}/charities/{w.CharityOrgId}", shared.GetProperty("link").GetString());
        Assert.Equal("Hope Street shares its journey and resourcing plan with you", shared.GetProperty("title").GetString());
        var answered = await WaitForAsync(w.FunderViewer, "PledgeAnswered");
        Assert.Equal("Hope Street declined your pledge of £50.00", answered.GetProperty("title").GetString());
        await WaitForAsync(w.Funder, "PledgeAnswered");
        Assert.Single(await OfKindAsync(w.Funder, "PledgeAnswered"));
        foreach (var member in new[] { w.Owner, w.Viewer })
        {
            Assert.Empty(await OfKindAsync(member, "ShareGranted"));
            Assert.Empty(await OfKindAsync(member, "PledgeAnswered"));
        }
    }

    [Fact]
    public async Task AGrantsReportDueOnItsAnniversaryReachesTheFundersAndTheCharitysMembersOnce()
    {
        var w = await WorldAsync();
        var stranger = await portal.ClientForAsync($"stranger-{Guid.NewGuid():n}");
        await stranger.RegisterAsync(); // a member of another charity
        var today = DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime);
        var start = today.AddYears(-1).AddDays(1); // begun a year ago tomorrow, recorded now: its first report is due tomorrow
        var grant = await w.Funder.RecordGrantAsync(w.FunderOrgId, FunderHttp.GrantJson
            .Replace("GB-CHC-1234567", w.CharityOrgId, StringComparison.Ordinal)
            .Replace("2025-12-01", Day(start), StringComparison.Ordinal)
            .Replace("2026-02-01", Day(start), StringComparison.Ordinal)
            .Replace("2028-01-31", Day(today.AddDays(30)), StringComparison.Ordinal));
        var grantId = grant.GetProperty("id").GetString();
        var funderGrain = portal.Services.GetRequiredService<IGrainFactory>().GetGrain<IFunderGrain>(w.FunderOrgId);
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromDays(30), DateTime.UtcNow);

        await funderGrain.AsReference<IRemindable>().ReceiveReminder(DueDateReminder.Name, tick);
        await Task.Delay(300);
        Assert.Empty(await OfKindAsync(w.FunderViewer, "ReportDue"));

        portal.Clock.Advance(TimeSpan.FromDays(2));
        await funderGrain.AsReference<IRemindable>().ReceiveReminder(DueDateReminder.Name, tick);
        await funderGrain.AsReference<IRemindable>().ReceiveReminder(DueDateReminder.Name, tick);

        Assert.Equal($"/funders/{w.FunderOrgId}/grants/{grantId}/report", (await WaitForAsync(w.FunderViewer, "ReportDue")).GetProperty("link").GetString());
        var charityCopy = await WaitForAsync(w.Viewer, "ReportDue");
        Assert.Equal($"/charities/{w.CharityOrgId}/grants/{w.FunderOrgId}/{grantId}/report", charityCopy.GetProperty("link").GetString());
        await WaitForAsync(w.Owner, "ReportDue");
        await WaitForAsync(w.Funder, "ReportDue");
        await Task.Delay(300);
        foreach (var member in new[] { w.Owner, w.Viewer, w.Funder, w.FunderViewer })
            Assert.Single(await OfKindAsync(member, "ReportDue"));
        Assert.Empty(await OfKindAsync(stranger, "ReportDue"));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
