using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// Welsh and easy read (issue 21): a participant with a Welsh phone (320 px, the keyboard alone) switches the attestation
/// page to easy read and answers it, then rates a check-in in Welsh easy read; a panellist without an account joins a
/// round, declares no conflict, scores an application and says how they want to be paid, all in Welsh easy read. Every
/// page is <c>lang="cy"</c> and axe clean. Each charity and round is the test's own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelshEasyReadTests(BrowserFixture fixture)
{
    private static readonly string[] FirstParticipant = ["p-1"];
    private static readonly string[] Principles = ["Equality", "Diversity", "Access", "Reciprocity"];
    private static readonly string[] Questions =
        ["Why", "WhatToAchieve", "AccountableToLivedExperience", "ParticipantExperienceUnderstood", "SupportAndSafeguarding", "BoardBuyIn"];

    [Fact]
    public async Task AParticipantAnswersAnAttestationAndRatesACheckInInWelshEasyReadOnAPhone()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var orgId = ApiSetup.NewOrgId(6);
        string attest, voice, evidence;
        using var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"easy-worker-{id}");
        var workstream = await api.CharityAsync(orgId, $"Cylch Lleisiau {id}", "Grŵp cymorth");
        evidence = (await api.PostAsync($"api/v1/charities/{orgId}/evidence", new { kind = "DecisionRecord", title = "Members chose the new worker", summary = "The group chose Sam.", workstreamId = workstream }))
            .GetProperty("id").GetString()!;
        attest = Local("attest", (await api.PostAsync($"api/v1/charities/{orgId}/evidence/{evidence}/attestations", new { participants = FirstParticipant }))
            .GetProperty("links")[0].GetProperty("url").GetString()!);
        var checkIn = (await api.PostAsync($"api/v1/charities/{orgId}/check-ins", new
        {
            whatWorked = "Paying people on the day",
            readiness = Questions.ToDictionary(q => q, _ => new { answer = "Yes" }),
            principles = Principles.ToDictionary(p => p, _ => 4),
        })).GetProperty("id").GetString()!;
        voice = Local("voice", (await api.PostAsync($"api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links", new { participants = FirstParticipant }))
            .GetProperty("links")[0].GetProperty("url").GetString()!);

        // A Welsh phone, no account: the standard page in Welsh, then its easy-read form by the link at the top.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "cy-GB", ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(attest);
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Mae Cylch Lleisiau {id} yn gofyn: ydy hyn yn gywir?");
        await Visit.CheckAsync(phone, "welsh-attest");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Hawdd ei ddeall" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await phone.WaitForURLAsync(new Regex(@"\?read=easy$"));
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Mae Cylch Lleisiau {id} yn gofyn i chi: ydy hyn yn gywir?");
        await Assertions.Expect(phone.GetByText("Fe gymeroch chi ran yn Grŵp cymorth.")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Img, new() { Name = "Bawd i fyny" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Tudalen safonol" })).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "welsh-easy-attest");
        await FitsAsync(phone);

        // "Yes, and I want to add something" without words: refused beside the box, still in easy read.
        await phone.GetByLabel("Ydy. Ac rydw i eisiau ychwanegu rhywbeth.").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Anfon fy ateb" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.Locator("#answer-comment-error")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("Dewiswch un ateb.")).ToBeVisibleAsync();
        Assert.EndsWith("?read=easy", phone.Url, StringComparison.Ordinal);
        await Visit.CheckAsync(phone, "welsh-easy-attest-error");
        await phone.GetByLabel("Eich geiriau chi").FocusAsync();
        await phone.Keyboard.TypeAsync("Roeddwn i yno pan wnaethon ni ddewis.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Anfon fy ateb" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Diolch." })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("Ni all yr elusen ei newid.")).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "welsh-easy-attest-thank-you");
        Assert.Contains("Roeddwn i yno pan wnaethon ni ddewis.", (await api.GetAsync($"api/v1/charities/{orgId}/evidence/{evidence}")).GetRawText(), StringComparison.Ordinal);

        // The check-in rating, straight into easy read: a face for each question, chosen with the keyboard.
        await phone.GotoAsync($"{voice}?read=easy");
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Mae Cylch Lleisiau {id} yn gofyn i chi: sut brofiad oedd hyn i chi?");
        await Assertions.Expect(phone.GetByRole(AriaRole.Group, new() { Name = "Oedd hi'n hawdd i chi gymryd rhan?" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Img, new() { Name = "Wyneb hapus iawn" })).ToHaveCountAsync(4);
        await Visit.CheckAsync(phone, "welsh-easy-voice");
        await FitsAsync(phone);
        foreach (var principle in Principles)
        {
            await phone.Locator($"#voice-principles-{principle}-4").FocusAsync();
            await phone.Keyboard.PressAsync("Space");
        }
        foreach (var principle in Principles)
            await Assertions.Expect(phone.Locator($"#voice-principles-{principle}-4")).ToBeCheckedAsync();
        await Assertions.Expect(phone.GetByLabel("4. Gan mwyaf.")).ToHaveCountAsync(4);
        await phone.GetByLabel("Roedd pobl yn gwrando arna i.").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByLabel("Ydych chi eisiau dweud unrhyw beth arall wrthon ni?").FocusAsync();
        await phone.Keyboard.TypeAsync("Cefais i fy nhalu ar y diwrnod.");
        await phone.GetByLabel("Caiff yr elusen a'r bobl sy'n ei hariannu ddarllen fy ngeiriau.").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Anfon fy atebion" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Diolch." })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("Does neb yn gweld eich enw.")).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "welsh-easy-voice-thank-you");

        // Answered once: the link is spent.
        var again = await phone.GotoAsync(voice);
        Assert.Equal(404, again!.Status);
        await context.CloseAsync();
    }

    [Fact]
    public async Task APanellistJoinsScoresAndSaysHowToBePaidInWelshEasyRead()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var funderOrgId = ApiSetup.NewOrgId(7);
        using var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"easy-officer-{id}");
        await api.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Ymddiriedolaeth {id}" });
        var roundId = (await api.PostAsync($"api/v1/funders/{funderOrgId}/rounds", new
        {
            title = $"Lleisiau {id}",
            budgetPence = 1_000_000,
            minAwardPence = 100_000,
            maxAwardPence = 500_000,
            criteria = new[] { new { wording = "People with lived experience lead this work." }, new { wording = "The money pays for people's time." } },
        })).GetProperty("id").GetString()!;
        var join = Local("panel/join", (await api.PostAsync($"api/v1/rounds/{roundId}/invitations", new { })).GetProperty("url").GetString()!);

        // No account, a Welsh phone: the easy-read invitation.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "cy-GB", ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync($"{join}?read=easy");
        await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ymunwch â'r panel grantiau");
        await Assertions.Expect(phone.GetByText("Mae'r cyllidwr yn eich talu chi am eich amser.")).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "welsh-easy-panel-join");
        await FitsAsync(phone);
        await phone.GetByLabel("Pryd allwch chi ddod i gyfarfodydd?").FocusAsync();
        await phone.Keyboard.TypeAsync("Bore dydd Llun");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ymunwch â'r panel" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("rydych chi ar y panel nawr. Eich enw ar y panel yw ");

        // The round opens, a charity applies, scoring starts.
        await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Open" });
        var charityOrgId = ApiSetup.NewOrgId(6);
        using (var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"easy-applicant-{id}"))
        {
            await charity.CharityAsync(charityOrgId, $"Elusen y Dyffryn {id}");
            var applicationId = (await charity.PostAsync($"api/v1/rounds/{roundId}/applications", new { charityOrgId, amountRequestedPence = 250_000, summary = "Carers plan the rota." }))
                .GetProperty("id").GetString()!;
            await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Scoring" });

            // From the round's page in easy read, the application's link (its label in Welsh) keeps easy read.
            await phone.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}?read=easy").ToString());
            await Assertions.Expect(phone.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Eich tâl a'ch anghenion" }))
                .ToHaveAttributeAsync("href", $"/rounds/{roundId}/me?read=easy");
            await phone.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Cais 1") }).ClickAsync();
            await phone.WaitForURLAsync(new Regex($"/rounds/{roundId}/applications/{applicationId}\\?read=easy$"));
            await Assertions.Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "cy");
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Ydych chi'n adnabod unrhyw un yn yr elusen hon?" })).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByText("Maen nhw'n gofyn am £2,500.")).ToBeVisibleAsync();
            await Visit.CheckAsync(phone, "welsh-easy-panel-application");
            await FitsAsync(phone);
            await phone.GetByLabel("Nac ydw. Dydw i ddim yn adnabod neb yno.").FocusAsync();
            await phone.Keyboard.PressAsync("Space");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Cadw fy ateb" }).FocusAsync();
            await phone.Keyboard.PressAsync("Enter");
            await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("rydyn ni wedi cadw eich ateb.");
            Assert.Contains("read=easy", phone.Url, StringComparison.Ordinal);

            // Scores: a picture of the points beside each choice; one criterion left out is refused beside it.
            var lead = phone.GetByRole(AriaRole.Group, new() { Name = "People with lived experience lead this work." });
            await Assertions.Expect(lead.GetByRole(AriaRole.Img, new() { Name = "3 allan o 4" })).ToBeVisibleAsync();
            await lead.GetByRole(AriaRole.Radio).Nth(3).FocusAsync();
            await phone.Keyboard.PressAsync("Space");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Cadw fy sgorau" }).FocusAsync();
            await phone.Keyboard.PressAsync("Enter");
            await Assertions.Expect(phone.Locator("[id$='-error']").First).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByText("Dewiswch un sgôr ar gyfer pob cwestiwn.")).ToBeVisibleAsync();
            await Visit.CheckAsync(phone, "welsh-easy-panel-scores-error");
            await phone.GetByRole(AriaRole.Group, new() { Name = "People with lived experience lead this work." }).GetByRole(AriaRole.Radio).Nth(3).FocusAsync();
            await phone.Keyboard.PressAsync("Space");
            await phone.GetByRole(AriaRole.Group, new() { Name = "The money pays for people's time." }).GetByRole(AriaRole.Radio).Nth(4).FocusAsync();
            await phone.Keyboard.PressAsync("Space");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Cadw fy sgorau" }).FocusAsync();
            await phone.Keyboard.PressAsync("Enter");
            await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("rydyn ni wedi cadw eich sgorau.");
            await Visit.CheckAsync(phone, "welsh-easy-panel-scored");
            var scored = await api.GetAsync($"api/v1/rounds/{roundId}/applications/{applicationId}");
            Assert.Equal(1, scored.GetProperty("scoredBy").GetInt32());
        }

        // How they are paid and what helps them: vouchers and big print.
        await phone.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}/me?read=easy").ToString());
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Eich tâl a beth sydd ei angen arnoch chi");
        await Visit.CheckAsync(phone, "welsh-easy-panel-preferences");
        await FitsAsync(phone);
        await phone.GetByLabel("Mewn talebau, neu anrheg sydd werth yr un faint.").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByLabel("Print mawr.").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Cadw fy newisiadau" }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("rydyn ni wedi cadw eich dewisiadau.");
        await Assertions.Expect(phone.GetByLabel("Mewn talebau, neu anrheg sydd werth yr un faint.")).ToBeCheckedAsync();
        await Assertions.Expect(phone.GetByLabel("Print mawr.")).ToBeCheckedAsync();
        await Visit.CheckAsync(phone, "welsh-easy-panel-preferences-saved");
        await context.CloseAsync();
    }

    /// <summary>The one-time link the API answered, on the test's own host (its token is the last part).</summary>
    private string Local(string path, string url) => new Uri(fixture.Portal.BaseAddress, $"{path}/{url[(url.LastIndexOf('/') + 1)..]}").ToString();

    private static async Task FitsAsync(IPage phone)
    {
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"{phone.Url} is {width} px wide on a 320 px screen.");
    }
}
