using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// Each kind of person sees exactly the charity tabs they may open, each of those opens, every other one refuses, and
/// nobody but an editor is shown a control that writes. One charity, set up through the API: its editor, a viewer, a
/// funder it shares its journey with (an editor and a viewer of that funder), a funder it shares its plan and evidence
/// with, and someone unrelated.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture fixture)
{
    private static readonly string[] AllTabs =
        ["Journey map", "Timeline", "Progress between dates", "Check-in", "Who takes part", "Leadership", "Resourcing plan", "Evidence", "Inbox", "Grants", "Sharing", "Members and profile", "Audit trail"];

    private static readonly Dictionary<string, string> PathOf = new()
    {
        ["Journey map"] = "",
        ["Timeline"] = "/timeline",
        ["Progress between dates"] = "/progress",
        ["Check-in"] = "/check-in",
        ["Who takes part"] = "/participants",
        ["Leadership"] = "/leadership",
        ["Resourcing plan"] = "/plan",
        ["Evidence"] = "/evidence",
        ["Inbox"] = "/inbox",
        ["Grants"] = "/grants",
        ["Sharing"] = "/sharing",
        ["Members and profile"] = "/members",
        ["Audit trail"] = "/audit",
    };

    [Fact]
    public async Task CharityMembersSeeEveryTabAndOnlyEditorsSeeControlsThatWrite()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);

        var owner = await Visit.SignedInAsync(fixture, world.Owner);
        await TabsOpenAsync(owner, world, $"charities/{world.CharityOrgId}", AllTabs, writes: null);
        await GoAsync(owner, $"charities/{world.CharityOrgId}/check-in", 200);
        Assert.True(await WriteControls(owner).CountAsync() > 0, "The editor is shown the check-in form.");
        await GoAsync(owner, $"charities/{world.CharityOrgId}/plan", 200);
        await Assertions.Expect(owner.GetByRole(AriaRole.Button, new() { NameRegex = new("^Accept") })).ToBeVisibleAsync();

        var viewer = await Visit.SignedInAsync(fixture, world.Viewer);
        await TabsOpenAsync(viewer, world, $"charities/{world.CharityOrgId}", AllTabs, writes: false);
        await GoAsync(viewer, $"charities/{world.CharityOrgId}/check-in", 200);
        await Visit.CheckAsync(viewer, "viewer-check-in");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Add a workstream" })).Not.ToBeVisibleAsync();

        // Pages that are only there to change something tell a viewer so, and link to what they can read.
        foreach (var path in new[] { "workstreams/new", $"workstreams/{world.WorkstreamId}" })
        {
            await GoAsync(viewer, $"charities/{world.CharityOrgId}/{path}", 403);
            await Assertions.Expect(viewer.GetByText("Only the charity's editors can")).ToBeVisibleAsync();
            Assert.Equal(0, await WriteControls(viewer).CountAsync());
        }
        await Visit.CheckAsync(viewer, "viewer-refused-edit-page");
        await viewer.GetByRole(AriaRole.Link, new() { Name = "See what you can read" }).ClickAsync();
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Journey map now" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FundersSeeTheTabsTheirSharesScopesOpenAndStrangersNone()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);

        // The journey shared: the map, progress, check-ins, who takes part and leadership, read only; from the funder's own page of the charity.
        string[] journeyTabs = ["Journey map", "Progress between dates", "Check-in", "Who takes part", "Leadership"];
        var journeyFunder = await Visit.SignedInAsync(fixture, world.JourneyFunderEditor);
        await TabsOpenAsync(journeyFunder, world, $"funders/{world.JourneyFunderOrgId}/charities/{world.CharityOrgId}", journeyTabs, writes: false);
        await GoAsync(journeyFunder, $"funders/{world.JourneyFunderOrgId}/charities/{world.CharityOrgId}", 200);
        await Assertions.Expect(journeyFunder.GetByRole(AriaRole.Button, new() { Name = "Send" })).ToBeVisibleAsync();

        // The funder's viewer: the same tabs, and nothing that writes on the funder's pages either.
        var funderViewer = await Visit.SignedInAsync(fixture, world.JourneyFunderViewer);
        await TabsOpenAsync(funderViewer, world, $"funders/{world.JourneyFunderOrgId}/charities/{world.CharityOrgId}", journeyTabs, writes: false);
        foreach (var path in new[] { "", "/grants", "/programmes", "/feedback", "/connect?barrier=PowerImbalance", "/members", "/profile", "/access-log", $"/charities/{world.CharityOrgId}" })
        {
            await GoAsync(funderViewer, $"funders/{world.JourneyFunderOrgId}{path}", 200);
            Assert.True(await WriteControls(funderViewer).CountAsync() == 0, $"A funder's viewer is shown a form that writes on /funders/…{path}.");
        }
        await Visit.CheckAsync(funderViewer, "funder-viewer-shared-journey");

        // The plan and evidence shared, not the journey: those two tabs, opened from the plan.
        var planFunder = await Visit.SignedInAsync(fixture, world.PlanFunderEditor);
        await TabsOpenAsync(planFunder, world, $"charities/{world.CharityOrgId}/plan", ["Resourcing plan", "Evidence"], writes: false);
        await Visit.CheckAsync(planFunder, "plan-funder-plan");

        // Someone unrelated: the charity is not found, and no tab shows.
        var stranger = await Visit.SignedInAsync(fixture, $"nav-stranger-{Guid.NewGuid():n}");
        foreach (var tab in AllTabs)
        {
            await GoAsync(stranger, $"charities/{world.CharityOrgId}{PathOf[tab]}", 404);
            Assert.Equal(0, await Tabs(stranger).CountAsync());
        }
    }

    /// <summary>
    /// From <paramref name="start"/>, the tab bar holds exactly <paramref name="expected"/>; each opens with the same bar
    /// and (when <paramref name="writes"/> is false) no control that writes; every other tab refuses.
    /// </summary>
    private async Task TabsOpenAsync(IPage page, World world, string start, string[] expected, bool? writes)
    {
        await GoAsync(page, start, 200);
        Assert.Equal(expected, await TabNamesAsync(page));
        foreach (var tab in AllTabs)
        {
            var path = $"charities/{world.CharityOrgId}{PathOf[tab]}";
            if (!expected.Contains(tab))
            {
                var refused = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, path).ToString());
                Assert.True(refused!.Status is 403 or 404, $"{tab} is not shown, so it must refuse; it answered {refused.Status}.");
                continue;
            }
            await GoAsync(page, path, 200);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We cannot show this page" })).Not.ToBeVisibleAsync();
            Assert.Equal(expected, await TabNamesAsync(page));
            if (writes == false)
                Assert.True(await WriteControls(page).CountAsync() == 0, $"{tab} shows a control that writes to someone who may only read.");
        }
    }

    private async Task GoAsync(IPage page, string path, int status)
    {
        var response = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, path).ToString());
        Assert.True(response!.Status == status, $"{path} answered {response.Status}, not {status}.");
    }

    private static ILocator Tabs(IPage page) => page.Locator("main nav.sub-nav a[href^='/charities/']");

    /// <summary>The tabs' names, without the inbox's count of unread items ("Inbox (1 unread)" is the Inbox tab).</summary>
    private static async Task<string[]> TabNamesAsync(IPage page) =>
        [.. (await Tabs(page).AllInnerTextsAsync()).Select(t => System.Text.RegularExpressions.Regex.Replace(t, @" \(\d+ unread\)$", ""))];

    /// <summary>
    /// Forms that post (every change in the portal is one) and links to pages that only change things. Marking one's own
    /// inbox items read (a form of class "personal") changes nothing of the charity's: any member may.
    /// </summary>
    private static ILocator WriteControls(IPage page) =>
        page.Locator("main form[method='post' i]:not(.personal), main a[href$='/workstreams/new'], main a[href*='/workstreams/']");

    /// <summary>A charity, its people, and two funders it shares different things with, made through the API.</summary>
    private sealed record World(
        string CharityOrgId, string Owner, string Viewer, string WorkstreamId,
        string JourneyFunderOrgId, string JourneyFunderEditor, string JourneyFunderViewer,
        string PlanFunderEditor)
    {
        private static readonly string[] JourneyOnly = ["Journey"];
        private static readonly string[] PlanAndEvidence = ["Resourcing", "Evidence"];

        public static async Task<World> CreateAsync(Uri portal)
        {
            var id = Guid.NewGuid().ToString("n")[..10];
            var number = Random.Shared.Next(100000, 999999);
            var world = new World($"GB-CHC-7{number}", $"nav-owner-{id}", $"nav-viewer-{id}", "",
                $"GB-CHC-6{number}", $"nav-funder-{id}", $"nav-funder-viewer-{id}", $"nav-planner-{id}");
            var planFunderOrgId = $"GB-CHC-5{number}";

            using var owner = await ApiSetup.ClientAsync(portal, world.Owner);
            await ApiSetup.SendAsync(owner.PostAsJsonAsync("api/v1/charities", new { orgId = world.CharityOrgId, name = $"Navigation Test {id}", sizeBand = "Small" }));
            await ApiSetup.SendAsync(owner.PutAsJsonAsync($"api/v1/charities/{world.CharityOrgId}/members/{world.Viewer}", new { role = "Viewer" }));
            var workstream = await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{world.CharityOrgId}/workstreams", new { title = "Peer support group" }));
            var workstreamId = workstream.GetProperty("id").GetString()!;
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var line = await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{world.CharityOrgId}/resourcing/lines", new
            {
                category = "StaffTime",
                description = "Coordinator time",
                quantity = 10,
                unit = "hours",
                unitCostPence = 2_000,
                periodStart = ApiSetup.Day(today),
                periodEnd = ApiSetup.Day(today.AddMonths(6)),
                workstreamId,
            }));

            using (var journeyFunder = await ApiSetup.ClientAsync(portal, world.JourneyFunderEditor))
            {
                await ApiSetup.SendAsync(journeyFunder.PostAsJsonAsync("api/v1/funders", new { orgId = world.JourneyFunderOrgId, name = $"Journey Funder {id}" }));
                await ApiSetup.SendAsync(journeyFunder.PutAsJsonAsync($"api/v1/funders/{world.JourneyFunderOrgId}/members/{world.JourneyFunderViewer}", new { role = "Viewer" }));
            }
            using var planFunder = await ApiSetup.ClientAsync(portal, world.PlanFunderEditor);
            await ApiSetup.SendAsync(planFunder.PostAsJsonAsync("api/v1/funders", new { orgId = planFunderOrgId, name = $"Plan Funder {id}" }));

            await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{world.CharityOrgId}/shares", new { funderOrgId = world.JourneyFunderOrgId, scope = JourneyOnly }));
            await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{world.CharityOrgId}/shares", new { funderOrgId = planFunderOrgId, scope = PlanAndEvidence }));
            // An offer the charity's editor may accept or decline, and its viewer only read.
            await ApiSetup.SendAsync(planFunder.PostAsJsonAsync($"api/v1/funders/{planFunderOrgId}/pledges", new
            {
                charityOrgId = world.CharityOrgId,
                lineId = line.GetProperty("id").GetString(),
                amountPence = 5_000,
            }));
            await PortfolioHoldsAsync(portal, world.JourneyFunderEditor, world.JourneyFunderOrgId, world.CharityOrgId);
            return world with { WorkstreamId = workstreamId };
        }

        /// <summary>The charity tells the funder's portfolio without waiting: wait until it has.</summary>
        private static async Task PortfolioHoldsAsync(Uri portal, string subject, string funderOrgId, string charityOrgId)
        {
            using var http = await ApiSetup.ClientAsync(portal, subject);
            for (var attempt = 0; attempt < 50; attempt++)
            {
                if ((await http.GetStringAsync(new Uri($"api/v1/funders/{funderOrgId}/portfolio", UriKind.Relative))).Contains(charityOrgId, StringComparison.Ordinal))
                    return;
                await Task.Delay(100);
            }
            throw new TimeoutException($"{charityOrgId} never reached {funderOrgId}'s portfolio.");
        }



    }
}
