using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A charity worker keeps a plan line's money in the browser: funding recorded (its own, a funder's committed), changed
/// and removed; the line changed; and withdrawn once no funder's money is on it. A charity of the test's own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanLineTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheCharityFundsChangesAndWithdrawsAPlanLine()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"planner-{id}";
        var charityOrgId = ApiSetup.NewOrgId(4);
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
        {
            var workstreamId = await api.CharityAsync(charityOrgId, $"Rowan Peer Support {id}");
            await api.PostAsync($"api/v1/charities/{charityOrgId}/resourcing/lines", new
            {
                category = "StaffTime",
                description = "Coordinator time",
                quantity = 10,
                unit = "day",
                unitCostPence = 20_000,
                periodStart = ApiSetup.Day(ApiSetup.Today),
                periodEnd = ApiSetup.Day(ApiSetup.Today.AddMonths(6)),
                workstreamId,
            });
        }
        var page = await Visit.SignedInAsync(fixture, worker);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{charityOrgId}/plan", "plan-line-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change, withdraw or record funding (Coordinator time)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coordinator time", Level = 1 })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "plan-line");
        var facts = page.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("£2,000");

        // A funder's committed money must say whose it is: refused beside the field until it does.
        var add = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Record the funding" }) });
        await add.GetByLabel("What kind of money").SelectOptionAsync("Committed");
        await add.GetByLabel("Amount, in pounds").FillAsync("500");
        await add.GetByRole(AriaRole.Button, new() { Name = "Record the funding" }).ClickAsync();
        await Assertions.Expect(page.Locator("#funding-funderName-error")).ToContainTextAsync("Say who the money is from");
        await Visit.CheckAsync(page, "plan-line-funding-error");
        await add.GetByLabel("Who it is from").FillAsync("Northern Lights Community Trust");
        await add.GetByLabel("The funder's org-id (optional)").FillAsync("GB-CHC-9000001");
        await add.GetByRole(AriaRole.Button, new() { Name = "Record the funding" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("£500 committed is recorded");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Committed") })).ToContainTextAsync("Northern Lights Community Trust (GB-CHC-9000001)");

        await add.GetByLabel("What kind of money").SelectOptionAsync("SelfFunded");
        await add.GetByLabel("Amount, in pounds").FillAsync("100");
        await add.GetByRole(AriaRole.Button, new() { Name = "Record the funding" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("£100 self-funded is recorded");
        await Assertions.Expect(facts).ToContainTextAsync("Funded£600");

        // Changed through its own Change link, then removed.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change self-funded £100" }).ClickAsync();
        var change = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Save the funding" }) });
        await change.GetByLabel("Amount, in pounds").FillAsync("250.50");
        await change.GetByRole(AriaRole.Button, new() { Name = "Save the funding" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the funding is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Self-funded") })).ToContainTextAsync("£250.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove self-funded £250.50" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the funding is removed");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Self-funded") })).ToHaveCountAsync(0);

        // The line changed: twelve days now.
        var line = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Save the line" }) });
        await line.GetByLabel("How many").FillAsync("12");
        await line.GetByRole(AriaRole.Button, new() { Name = "Save the line" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the line is saved");
        await Assertions.Expect(facts).ToContainTextAsync("12 × day at £200");
        await Assertions.Expect(facts).ToContainTextAsync("Costs£2,400");
        await Visit.CheckAsync(page, "plan-line-changed");

        // Not withdrawn while a funder's money is on it; withdrawn once it is removed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw this line from the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("A funder's money is recorded against this line");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove committed £500" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the funding is removed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw this line from the plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the line Coordinator time is withdrawn from the plan");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coordinator time" })).ToHaveCountAsync(0);
        await Visit.CheckAsync(page, "plan-line-withdrawn");
    }

    [Fact]
    public async Task ACharitySaysParticipantsDeclinedPaymentAndIsNoLongerWarnedTheyAreUnpaid()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"thanks-{id}";
        var charityOrgId = ApiSetup.NewOrgId(4);
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
        {
            var workstreamId = await api.CharityAsync(charityOrgId, $"Alder Carers {id}", "Carers' panel");
            await api.PutAsync($"api/v1/charities/{charityOrgId}/workstreams/{workstreamId}/participants", new { count = 5 });
            await api.PostAsync($"api/v1/charities/{charityOrgId}/resourcing/lines", new
            {
                category = "ParticipantPayment",
                description = "Carers' panel time",
                quantity = 10,
                unit = "hours",
                unitCostPence = 0,
                periodStart = ApiSetup.Day(ApiSetup.Today),
                periodEnd = ApiSetup.Day(ApiSetup.Today.AddMonths(6)),
                workstreamId,
                hours = 10,
                hourlyRatePence = 0,
                sameRateAsStaff = false,
            });
        }
        var page = await Visit.SignedInAsync(fixture, worker);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{charityOrgId}/plan", "thanks-plan-warned");
        await Assertions.Expect(page.GetByText("Warning:")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Change, withdraw or record funding (Carers' panel time)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Carers' panel time", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("How people are thanked").SelectOptionAsync(new SelectOptionValue { Label = "Declined payment" });
        await page.GetByLabel("Why, in your words").FillAsync("Two carers would lose Carer's Allowance.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the line" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the line is saved");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Declined payment: Two carers would lose Carer's Allowance.");
        await Visit.CheckAsync(page, "thanks-line-declined");

        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"charities/{charityOrgId}/plan").ToString());
        await Assertions.Expect(page.GetByText("Warning:")).ToHaveCountAsync(0);
    }
}
