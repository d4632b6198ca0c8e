using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// What a funder does reaches the charity's inbox, and the charity answers from there: feedback read and replied to (the
/// funder sees the reply), items marked read one by one (the count in the charity's navigation drops), a grant committing
/// money to the plan, a pledge withdrawn. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACharityMemberReadsAFundersFeedbackInTheInboxRepliesAndTheFunderSeesTheReply()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);
        await world.GiveFeedbackAsync("Your journey map told our trustees more than any report.");

        var charity = await Visit.SignedInAsync(fixture, world.Owner);
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}", "inbox-nav-unread");
        var inboxTab = charity.GetByRole(AriaRole.Navigation, new() { Name = world.CharityName }).GetByRole(AriaRole.Link, new() { NameRegex = new("^Inbox") });
        await Assertions.Expect(inboxTab).ToHaveTextAsync("Inbox (1 unread)");
        await inboxTab.ClickAsync();
        await Visit.CheckAsync(charity, "inbox");
        var item = charity.Locator("ul.inbox > li").First;
        await Assertions.Expect(item).ToContainTextAsync("Feedback: Your journey map told our trustees more than any report.");
        await Assertions.Expect(item).ToContainTextAsync($"Feedback from {world.FunderName}");
        await Assertions.Expect(item).ToContainTextAsync("Unread");

        await item.GetByRole(AriaRole.Link, new() { NameRegex = new("^Read and reply") }).ClickAsync();
        await Assertions.Expect(charity.GetByRole(AriaRole.Heading, new() { Name = $"Feedback from {world.FunderName}" })).ToBeVisibleAsync();
        await Visit.CheckAsync(charity, "feedback-conversation");
        await charity.GetByLabel($"Your reply to {world.FunderName}").FillAsync("Thank you: the board will read the map at every meeting.");
        await charity.GetByRole(AriaRole.Button, new() { Name = "Send the reply" }).ClickAsync();
        await Assertions.Expect(charity.GetByRole(AriaRole.Status)).ToContainTextAsync($"your reply is sent to {world.FunderName}");
        await Assertions.Expect(charity.Locator("ol.replies")).ToContainTextAsync("the board will read the map at every meeting");
        await Visit.CheckAsync(charity, "feedback-replied");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}/feedback", "feedback-list");
        await Assertions.Expect(charity.Locator("main")).ToContainTextAsync("1 reply.");

        var funder = await Visit.SignedInAsync(fixture, world.FunderEditor);
        await Visit.GoAsync(funder, fixture.Portal.BaseAddress, $"funders/{world.FunderOrgId}/feedback", "funder-feedback-replies");
        var row = funder.GetByRole(AriaRole.Row, new() { NameRegex = new("told our trustees") });
        await Assertions.Expect(row).ToContainTextAsync("Thank you: the board will read the map at every meeting.");
    }

    [Fact]
    public async Task MarkingAnItemReadDropsTheUnreadCountInTheNavigationForThatMemberAlone()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);
        await world.GiveFeedbackAsync("First words.");
        await world.GiveFeedbackAsync("Second words.", "SupportOffer");

        var charity = await Visit.SignedInAsync(fixture, world.Owner);
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}/inbox", "inbox-two-unread");
        await Assertions.Expect(InboxTab(charity, world)).ToHaveTextAsync("Inbox (2 unread)");

        await charity.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mark read.*Second words") }).ClickAsync();
        await Assertions.Expect(charity.GetByRole(AriaRole.Status)).ToContainTextAsync("the item is marked read for you");
        await Assertions.Expect(InboxTab(charity, world)).ToHaveTextAsync("Inbox (1 unread)");
        await Assertions.Expect(charity.Locator("ul.inbox > li").First).ToContainTextAsync("Read");
        await Visit.CheckAsync(charity, "inbox-one-read");

        await charity.GetByRole(AriaRole.Link, new() { Name = "Show only what you have not read" }).ClickAsync();
        await Assertions.Expect(charity.Locator("ul.inbox > li")).ToHaveCountAsync(1);
        await charity.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mark read") }).ClickAsync();
        await Assertions.Expect(InboxTab(charity, world)).ToHaveTextAsync("Inbox");
        await Assertions.Expect(charity.GetByText("Nothing unread.")).ToBeVisibleAsync();
        await Visit.CheckAsync(charity, "inbox-all-read");

        // The viewer has read nothing: their count is their own.
        var viewer = await Visit.SignedInAsync(fixture, world.Viewer);
        await Visit.GoAsync(viewer, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}/inbox", "inbox-viewer");
        await Assertions.Expect(InboxTab(viewer, world)).ToHaveTextAsync("Inbox (2 unread)");
    }

    [Fact]
    public async Task AGrantCommitsMoneyToThePlanByTheFundersNameAndAWithdrawnPledgeReachesTheInbox()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);
        await world.PledgeAsync(30_000);
        await world.GrantAsync(150_000);

        var charity = await Visit.SignedInAsync(fixture, world.Owner);
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}/grants", "charity-grants");
        var row = charity.GetByRole(AriaRole.Row, new() { NameRegex = new("Respite so carers can plan with us") });
        await Assertions.Expect(row).ToContainTextAsync(world.FunderName);
        await Assertions.Expect(row).ToContainTextAsync("£1,500");
        await Assertions.Expect(row).ToContainTextAsync("£1,200"); // the line's whole gap: committed
        await Assertions.Expect(row).ToContainTextAsync("£300"); // unallocated
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}/plan", "plan-named-funders");
        var main = charity.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync($"Pledge from {world.FunderName} ({world.FunderOrgId}): £300 (offered)");
        await Assertions.Expect(main).ToContainTextAsync($"Committed: £1,200 from {world.FunderName}");
        await Assertions.Expect(main).Not.ToContainTextAsync($"from {world.FunderOrgId}");

        var funder = await Visit.SignedInAsync(fixture, world.FunderEditor);
        await Visit.GoAsync(funder, fixture.Portal.BaseAddress, $"funders/{world.FunderOrgId}/charities/{world.CharityOrgId}", "shared-journey-open-pledge");
        await funder.GetByRole(AriaRole.Button, new() { NameRegex = new("^Withdraw") }).ClickAsync();
        await Assertions.Expect(funder.GetByRole(AriaRole.Status)).ToContainTextAsync("your pledge is withdrawn");
        await Visit.CheckAsync(funder, "shared-journey-withdrawn");

        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{world.CharityOrgId}/inbox", "inbox-pledge-withdrawn");
        var items = charity.Locator("ul.inbox > li");
        await Assertions.Expect(items.First).ToContainTextAsync("A pledge withdrawn");
        await Assertions.Expect(charity.Locator("main")).ToContainTextAsync("A grant recorded");
        await Assertions.Expect(charity.Locator("main")).ToContainTextAsync("A pledge offered");
    }

    [Fact]
    public async Task AMemberSeesTheUnreadCountInTheHeaderOpensTheirNotificationsAndMarksAllRead()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);
        await world.GiveFeedbackAsync("Notified words.");
        await world.GiveFeedbackAsync("We can lend you a room.", "SupportOffer");
        await world.WaitForNotificationsAsync(world.Viewer, 2);

        var viewer = await Visit.SignedInAsync(fixture, world.Viewer);
        await Visit.GoAsync(viewer, fixture.Portal.BaseAddress, "", "header-unread");
        var header = viewer.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { NameRegex = new("^Notifications") });
        await Assertions.Expect(header).ToHaveTextAsync("Notifications 2 unread");
        await header.ClickAsync();
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Your notifications", Level = 1 })).ToBeVisibleAsync();
        await Visit.CheckAsync(viewer, "notifications");
        var first = viewer.Locator("ul.inbox > li").First;
        await Assertions.Expect(first).ToContainTextAsync("An offer of support: We can lend you a room.");
        await Assertions.Expect(first).ToContainTextAsync("Unread");

        await viewer.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Assertions.Expect(viewer.GetByRole(AriaRole.Status)).ToContainTextAsync("everything is marked read");
        await Assertions.Expect(header).ToHaveTextAsync("Notifications 0 unread");
        await Assertions.Expect(viewer.Locator("ul.inbox > li .tag", new() { HasText = "Unread" })).ToHaveCountAsync(0);
        await Visit.CheckAsync(viewer, "notifications-all-read");

        // Each notification links to where to act.
        await first.GetByRole(AriaRole.Link, new() { NameRegex = new("^Go to it") }).ClickAsync();
        await Assertions.Expect(viewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/charities/{world.CharityOrgId}/feedback/{world.FunderOrgId}/"));
    }

    [Fact]
    public async Task APersonGivesAnAddressOnTheirPreferencesPageAndIsToldItIsNotConfirmedYet()
    {
        var world = await World.CreateAsync(fixture.Portal.BaseAddress);
        var person = await Visit.SignedInAsync(fixture, world.Viewer);
        await Visit.GoAsync(person, fixture.Portal.BaseAddress, "me/preferences", "preferences");

        await person.GetByLabel("Email address (leave empty for none)").FillAsync("name@localhost");
        await person.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(person.Locator(".error-summary, [role=alert]").First).ToContainTextAsync("email address");
        await Visit.CheckAsync(person, "preferences-invalid");

        await person.GetByLabel("Email address (leave empty for none)").FillAsync($"{world.Viewer}@example.org");
        await person.GetByLabel("Grant recorded").SelectOptionAsync("Off");
        await person.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("your choices are saved");
        await Assertions.Expect(person.Locator("main")).ToContainTextAsync("is not confirmed yet");
        await Assertions.Expect(person.GetByLabel("Grant recorded")).ToHaveValueAsync("Off");
        await Visit.CheckAsync(person, "preferences-saved");
    }

    private static ILocator InboxTab(IPage page, World world) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = world.CharityName }).GetByRole(AriaRole.Link, new() { NameRegex = new("^Inbox") });

    /// <summary>A charity (its editor and a viewer) sharing its journey and plan with a funder, made through the API.</summary>
    private sealed record World(Uri Portal, string CharityOrgId, string CharityName, string Owner, string Viewer, string LineId,
        string FunderOrgId, string FunderName, string FunderEditor)
    {
        private static readonly string[] JourneyAndPlan = ["Journey", "Resourcing"];

        public static async Task<World> CreateAsync(Uri portal)
        {
            var id = Guid.NewGuid().ToString("n")[..10];
            var number = Random.Shared.Next(100000, 999999);
            var charityOrgId = $"GB-CHC-4{number}";
            var funderOrgId = $"GB-CHC-3{number}";
            var (owner, viewer, funderEditor) = ($"inbox-owner-{id}", $"inbox-viewer-{id}", $"inbox-funder-{id}");
            var (charityName, funderName) = ($"Inbox Test Charity {id}", $"Inbox Test Trust {id}");

            using var charity = await ApiSetup.ClientAsync(portal, owner);
            await ApiSetup.SendAsync(charity.PostAsJsonAsync("api/v1/charities", new { orgId = charityOrgId, name = charityName, sizeBand = "Small" }));
            await ApiSetup.SendAsync(charity.PutAsJsonAsync($"api/v1/charities/{charityOrgId}/members/{viewer}", new { role = "Viewer" }));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var line = await ApiSetup.SendAsync(charity.PostAsJsonAsync($"api/v1/charities/{charityOrgId}/resourcing/lines", new
            {
                category = "Accessibility",
                description = "Respite care during workshops",
                quantity = 4,
                unit = "workshop",
                unitCostPence = 30_000,
                periodStart = ApiSetup.Day(today),
                periodEnd = ApiSetup.Day(today.AddMonths(6)),
                support = "Respite care",
            }));
            using (var funder = await ApiSetup.ClientAsync(portal, funderEditor))
                await ApiSetup.SendAsync(funder.PostAsJsonAsync("api/v1/funders", new { orgId = funderOrgId, name = funderName }));
            await ApiSetup.SendAsync(charity.PostAsJsonAsync($"api/v1/charities/{charityOrgId}/shares", new { funderOrgId, scope = JourneyAndPlan }));
            return new World(portal, charityOrgId, charityName, owner, viewer, line.GetProperty("id").GetString()!, funderOrgId, funderName, funderEditor);
        }

        public async Task GiveFeedbackAsync(string text, string kind = "Feedback")
        {
            using var funder = await ApiSetup.ClientAsync(Portal, FunderEditor);
            await ApiSetup.SendAsync(funder.PostAsJsonAsync($"api/v1/funders/{FunderOrgId}/feedback", new { charityOrgId = CharityOrgId, kind, text }));
        }

        public async Task PledgeAsync(long pence)
        {
            using var funder = await ApiSetup.ClientAsync(Portal, FunderEditor);
            await ApiSetup.SendAsync(funder.PostAsJsonAsync($"api/v1/funders/{FunderOrgId}/pledges", new { charityOrgId = CharityOrgId, lineId = LineId, amountPence = pence }));
        }

        public async Task GrantAsync(long pence)
        {
            using var funder = await ApiSetup.ClientAsync(Portal, FunderEditor);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await ApiSetup.SendAsync(funder.PostAsJsonAsync($"api/v1/funders/{FunderOrgId}/grants", new
            {
                charityOrgId = CharityOrgId,
                title = "Respite so carers can plan with us",
                description = "Respite care during four planning workshops.",
                amountPence = pence,
                awardDate = ApiSetup.Day(today),
                plannedStart = ApiSetup.Day(today),
                plannedEnd = ApiSetup.Day(today.AddYears(1)),
                type = "Development",
                planLineIds = new[] { LineId },
            }));
        }

        /// <summary>Notifications travel through the outbox a moment after the change: waits until the person has <paramref name="count"/>.</summary>
        public async Task WaitForNotificationsAsync(string subject, int count)
        {
            using var person = await ApiSetup.ClientAsync(Portal, subject);
            for (var attempt = 0; attempt < 100; attempt++)
            {
                if ((await ApiSetup.SendAsync(person.GetAsync("api/v1/me/notifications"))).GetProperty("items").GetArrayLength() >= count)
                    return;
                await Task.Delay(100);
            }
            Assert.Fail($"{subject} was not told of {count} things in time.");
        }



    }
}
