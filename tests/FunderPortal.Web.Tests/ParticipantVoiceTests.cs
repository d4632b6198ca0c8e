using System.Net.Http.Json;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A worker makes links for participants to rate a check-in; a participant answers on a 320 px phone with the keyboard
/// alone; once three have answered the check-in shows "staff say" beside "participants say".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticipantVoiceTests(BrowserFixture fixture)
{
    private static readonly string[] Principles = ["Equality", "Diversity", "Access", "Reciprocity"];
    private static readonly string[] Questions =
        ["Why", "WhatToAchieve", "AccountableToLivedExperience", "ParticipantExperienceUnderstood", "SupportAndSafeguarding", "BoardBuyIn"];
    private static readonly string[] Benefits = ["ListenedTo", "MetPeople"];

    [Fact]
    public async Task ParticipantsRateTheWorkOnAPhoneAndTheCheckInShowsWhatTheySay()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"voice-worker-{id}";
        var orgId = ApiSetup.NewOrgId(6);
        string checkIn;
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
        {
            await api.CharityAsync(orgId, $"Voices Circle {id}");
            checkIn = (await api.PostAsync($"api/v1/charities/{orgId}/check-ins", new
            {
                whatWorked = "Paying people on the day",
                readiness = Questions.ToDictionary(q => q, _ => new { answer = "Yes" }),
                principles = Principles.ToDictionary(p => p, _ => 5),
            })).GetProperty("id").GetString()!;
        }

        var page = await Visit.SignedInAsync(fixture, worker);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/check-in", "voice-check-ins");
        await page.GetByRole(AriaRole.Link, new() { Name = ApiSetup.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ask participants to rate this check-in" })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("Participants", new() { Exact = true }).FillAsync("p-1, p-2, p-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the links" }).ClickAsync();
        var links = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("voice") });
        await Assertions.Expect(links).ToHaveCountAsync(3);
        var urls = new List<string>();
        for (var i = 0; i < 3; i++)
            urls.Add(await links.Nth(i).GetAttributeAsync("href") ?? throw new InvalidOperationException("A link without its address."));
        await Assertions.Expect(page.GetByText("0 participants have answered so far")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "voice-links-made");

        // The first participant: no account, a 320 px phone, the keyboard alone.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(urls[0]);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Voices Circle {id} asks: how was it for you?");
        await Visit.CheckAsync(phone, "voice-page");
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"The page is {width} px wide on a 320 px screen.");

        // Sent with nothing chosen: each question is named, beside it.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.Locator("#voice-principles-Access-error")).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "voice-page-error");
        for (var i = 0; i < Principles.Length; i++)
        {
            await phone.Locator($"#voice-principles-{Principles[i]}-{(i == 0 ? 2 : 3)}").FocusAsync();
            await phone.Keyboard.PressAsync("Space");
        }
        await phone.GetByLabel("I was listened to").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByLabel("Anything you want to say (optional)").FocusAsync();
        await phone.Keyboard.TypeAsync("They paid me on the day.");
        await phone.GetByLabel("The charity and its funders may read my comment").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "voice-thank-you");

        // Two more answer (by the API, as a phone would send them).
        using var anonymous = new HttpClient { BaseAddress = fixture.Portal.BaseAddress };
        foreach (var url in urls.Skip(1))
        {
            var token = url.Split("/voice/")[1];
            var sent = await anonymous.PostAsJsonAsync($"api/v1/participant-check-ins/{token}",
                new { principles = Principles.ToDictionary(p => p, _ => 4), benefits = Benefits });
            Assert.Equal(System.Net.HttpStatusCode.NoContent, sent.StatusCode);
        }

        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/check-ins/{checkIn}", "voice-participants-say");
        var equality = page.GetByRole(AriaRole.Row, new() { Name = "Equality" });
        await Assertions.Expect(equality).ToContainTextAsync("5 of 5");
        await Assertions.Expect(equality).ToContainTextAsync("3.3 of 5");
        await Assertions.Expect(equality).ToContainTextAsync("0, 1, 0, 2, 0");
        await Assertions.Expect(page.GetByText("I was listened to: 3 participants")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("“They paid me on the day.”")).ToBeVisibleAsync();

        await phone.GotoAsync(urls[0]);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We cannot show this page");
        await context.CloseAsync();
    }
}
