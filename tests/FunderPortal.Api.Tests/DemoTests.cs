using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FunderPortal.Api.Tests;

/// <summary><c>POST /dev/demo</c> lays down a year of history, so it loads only into an empty portal.</summary>
public sealed class DemoTests
{
    private const string HopeStreet = "GB-CHC-9000002";

    [Fact]
    public async Task TheDemoLoadsAYearOfHistoryIntoAnEmptyPortalAndOnlyOnce()
    {
        await using var portal = new PortalFactory();
        var http = portal.CreateUncheckedClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await http.PostAsync("/dev/demo", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await http.PostAsync("/dev/demo", null);
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("empty portal", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var charity = await portal.ClientForAsync("demo-charity");
        var checkIns = await (await charity.GetAsync($"/api/v1/charities/{HopeStreet}/check-ins")).JsonAsync();
        var held = checkIns.EnumerateArray().Select(c => DateOnly.Parse(c.GetProperty("heldOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, held.Count);
        Assert.True(held.Max().DayNumber - held.Min().DayNumber >= 300, $"check-ins from {held.Min()} to {held.Max()}");
    }

    [Fact]
    public async Task APortalThatHoldsAnythingRefusesTheDemoAndKeepsWhatItHolds()
    {
        await using var portal = new PortalFactory();
        var client = await portal.ClientForAsync("someone");
        var orgId = await client.RegisterAsync();
        var http = portal.CreateUncheckedClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await (await http.PostAsync("/dev/demo", null)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/charities/{orgId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/charities/{HopeStreet}")).StatusCode);
    }
}
