using System.Net;
using System.Text.Json;
using FunderPortal.PersonalData;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>A portal of its own: a platform admin, and retention short enough to pass with the test clock.</summary>
public sealed class PersonalDataPortal : IAsyncLifetime
{
    public const string Admin = "gdpr-admin";

    public PortalFactory Portal { get; } = new PortalFactory()
        .WithSetting("Portal:Admins", Admin)
        .WithSetting("Portal:Retention:AttestationCommentDays", "30")
        .WithSetting("Portal:Retention:PanelCommentDays", "30");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}

/// <summary>
/// UK GDPR: personal text is stored sealed (never as plain text in the database), an admin exports and erases it, and
/// every view then reads "erased" while every event stays in place; retention removes old comments the same way.
/// </summary>
public sealed class PersonalDataTests(PersonalDataPortal fixture) : IClassFixture<PersonalDataPortal>
{
    private PortalFactory Portal => fixture.Portal;

    private async Task<(HttpClient Charity, string OrgId, string Evidence, string Comment)> AttestedWithCommentAsync(string? subject = null)
    {
        var charity = await Portal.ClientForAsync(subject ?? $"charity-{Guid.NewGuid():n}");
        var orgId = await charity.RegisterAsync();
        var ws = await charity.StartWorkstreamAsync(orgId);
        var created = await charity.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json($$"""
            {"kind":"DecisionRecord","title":"Members chose the new worker","workstreamId":"{{ws}}"}
            """));
        var evidence = (await created.JsonAsync()).GetProperty("id").GetString()!;
        var asked = await charity.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attestations", Http.Json("""{"participants":["p-1"]}"""));
        var url = (await asked.JsonAsync()).GetProperty("links")[0].GetProperty("url").GetString()!;
        var token = Uri.UnescapeDataString(url.Split("/attest/")[1]);
        var comment = $"I was there and Jo listened {Guid.NewGuid():n}";
        var answered = await Portal.CreateClient().PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(token)}",
            Http.Json(JsonSerializer.Serialize(new { stance = "AgreeWithComment", comment })));
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        var reply = await charity.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attestations/p-1/reply",
            Http.Json("""{"reply":"Thank you, Sam"}"""));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (charity, orgId, evidence, comment);
    }

    [Fact]
    public async Task AParticipantsCommentIsSealedExportedAndErasedWhileHistoryStays()
    {
        var subject = $"charity-{Guid.NewGuid():n}";
        var (charity, orgId, evidence, comment) = await AttestedWithCommentAsync(subject);
        var admin = await Portal.ClientForAsync(PersonalDataPortal.Admin);
        var person = $"/api/v1/admin/people/participants/{orgId}/p-1";

        // Stored sealed: the database file holds neither the comment nor the reply as text.
        var before = RawEvents($"charity/{orgId}");
        Assert.DoesNotContain(before, data => data.Contains(comment, StringComparison.Ordinal) || data.Contains("Thank you, Sam", StringComparison.Ordinal));
        Assert.Contains(before, data => data.Contains(SealedText.Prefix, StringComparison.Ordinal));

        // Views open it for members.
        Assert.Equal((comment, "Thank you, Sam"), Response(await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/evidence/{evidence}")));
        Assert.Contains(comment, await charity.GetStringAsync($"/api/v1/charities/{orgId}/history"), StringComparison.Ordinal);

        // The admin finds the participant and exports what is held about them.
        var people = await GetJsonAsync(admin, $"/api/v1/admin/people?charity={orgId}");
        Assert.Equal($"participant/{orgId}/p-1", people[0].GetProperty("personId").GetString());
        var export = await GetJsonAsync(admin, people[0].GetProperty("export").GetString()!);
        var texts = export.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains(comment, texts);
        Assert.Contains("Thank you, Sam", texts);
        Assert.Equal([$"charity/{orgId}"], export.GetProperty("streams").EnumerateArray().Select(s => s.GetString()));

        // Others may neither export nor erase.
        Assert.Equal(HttpStatusCode.Forbidden, (await charity.GetAsync($"{person}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await charity.DeleteAsync(person)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(person)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(person)).StatusCode); // idempotent

        // Every event stays; every view says "erased"; nothing fails.
        Assert.Equal(before.Count, RawEvents($"charity/{orgId}").Count);
        Assert.Equal(("erased", "erased"), Response(await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/evidence/{evidence}")));
        var list = await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/evidence");
        Assert.Equal("erased", list[0].GetProperty("attestation").GetProperty("responses")[0].GetProperty("comment").GetString());
        var history = await charity.GetStringAsync($"/api/v1/charities/{orgId}/history");
        Assert.DoesNotContain(comment, history, StringComparison.Ordinal);
        Assert.Contains("\"comment\":\"erased\"", history, StringComparison.Ordinal);
        var page = await PageAsync(subject, orgId);
        Assert.DoesNotContain(comment, page, StringComparison.Ordinal);
        Assert.Contains("“erased”", page, StringComparison.Ordinal);
        var after = await GetJsonAsync(admin, $"{person}/export");
        Assert.All(after.GetProperty("items").EnumerateArray(), i => Assert.Equal("erased", i.GetProperty("text").GetString()));
        Assert.Equal(2, after.GetProperty("erasures").GetArrayLength());
        Assert.Equal(PersonalDataPortal.Admin, after.GetProperty("erasures")[0].GetProperty("erasedBy").GetString());
    }

    [Fact]
    public async Task AParticipantsWordsOnACheckInAreSealedAndLeftOutOnceErased()
    {
        var charity = await Portal.ClientForAsync($"charity-{Guid.NewGuid():n}");
        var orgId = await charity.RegisterAsync();
        var checkIn = (await (await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(JourneyRoutesTests.FullCheckIn))).JsonAsync())
            .GetProperty("id").GetString()!;
        var links = (await (await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links",
            Http.Json("""{"participants":["p-1","p-2","p-3"]}"""))).JsonAsync()).GetProperty("links").EnumerateArray().ToList();
        var words = $"Sam from the group was kind {Guid.NewGuid():n}";
        for (var i = 0; i < links.Count; i++)
        {
            var token = Uri.UnescapeDataString(links[i].GetProperty("url").GetString()!.Split("/voice/")[1]);
            var body = JsonSerializer.Serialize(new
            {
                principles = new { Equality = 4, Diversity = 4, Access = 4, Reciprocity = 4 },
                other = i == 0 ? $"Other: {words}" : null,
                comment = i == 0 ? words : $"Fine {i}",
                consentToShareComment = true,
            });
            Assert.Equal(HttpStatusCode.NoContent,
                (await Portal.CreateClient().PostAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(token)}", Http.Json(body))).StatusCode);
        }
        Assert.DoesNotContain(RawEvents($"charity/{orgId}"), d => d.Contains(words, StringComparison.Ordinal));
        string[] Comments(JsonElement c) => [.. c.GetProperty("participantsSay").GetProperty("comments").EnumerateArray().Select(x => x.GetString()!)];
        Assert.Contains(words, Comments(await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/check-ins/{checkIn}")));

        var admin = await Portal.ClientForAsync(PersonalDataPortal.Admin);
        var export = await GetJsonAsync(admin, $"/api/v1/admin/people/participants/{orgId}/p-1/export");
        Assert.Contains($"Other: {words}", export.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/people/participants/{orgId}/p-1")).StatusCode);

        // The erased comment is left out (not shown as "erased"); the totals still count the answer.
        var after = await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/check-ins/{checkIn}");
        Assert.Equal(["Fine 1", "Fine 2"], Comments(after));
        Assert.Equal(3, after.GetProperty("participantsSay").GetProperty("answered").GetInt32());
    }

    [Fact]
    public async Task APanellistsCommentsAndNotesAreErased()
    {
        var cast = await Portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (panellist, panellistId) = await Portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var application = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 400_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");
        Assert.Equal(HttpStatusCode.OK, (await panellist.ScoreAsync(roundId, application, 3, 4, "Jo my neighbour would use this")).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        // Sent twice with one Idempotency-Key: the replay shows the words again, yet the idempotency store never kept them.
        var notesPath = $"/api/v1/rounds/{roundId}/applications/{application}/notes";
        var note = await panellist.SendAsync(NoteWithKey(notesPath, "note-1"));
        var replay = await panellist.SendAsync(NoteWithKey(notesPath, "note-1"));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (note.StatusCode, replay.StatusCode));
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        var (first, again) = (await note.JsonAsync(), await replay.JsonAsync());
        Assert.Equal((first.GetProperty("id").GetString(), "As a carer myself I back it"), (again.GetProperty("id").GetString(), again.GetProperty("text").GetString()));

        Assert.DoesNotContain(RawEvents($"round/{roundId}"), d => d.Contains("Jo my neighbour", StringComparison.Ordinal) || d.Contains("As a carer", StringComparison.Ordinal));
        Assert.DoesNotContain(RawEventsOfEveryStream(), d => d.Contains("As a carer", StringComparison.Ordinal));
        var scores = $"/api/v1/rounds/{roundId}/applications/{application}/scores";
        var notes = $"/api/v1/rounds/{roundId}/applications/{application}/notes";
        Assert.Equal("Jo my neighbour would use this", (await GetJsonAsync(cast.Funder, scores))[0].GetProperty("comment").GetString());
        Assert.Equal("As a carer myself I back it", (await GetJsonAsync(cast.Funder, notes))[0].GetProperty("text").GetString());

        var admin = await Portal.ClientForAsync(PersonalDataPortal.Admin);
        var people = await GetJsonAsync(admin, $"/api/v1/admin/people?round={roundId}");
        Assert.Equal($"panellist/{roundId}/{panellistId}", people[0].GetProperty("personId").GetString());
        var export = await GetJsonAsync(admin, $"/api/v1/admin/people/panellists/{roundId}/{panellistId}/export");
        Assert.Contains("As a carer myself I back it", export.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await panellist.DeleteAsync($"/api/v1/admin/people/panellists/{roundId}/{panellistId}")).StatusCode);
        var eventsBefore = RawEvents($"round/{roundId}").Count;

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/people/panellists/{roundId}/{panellistId}")).StatusCode);

        Assert.Equal(eventsBefore, RawEvents($"round/{roundId}").Count);
        var sheet = (await GetJsonAsync(cast.Funder, scores))[0];
        Assert.Equal(("erased", "erased", 3), (sheet.GetProperty("comment").GetString(), sheet.GetProperty("comments").GetProperty("c1").GetString(),
            sheet.GetProperty("scores").GetProperty("c1").GetInt32()));
        Assert.Equal("erased", (await GetJsonAsync(cast.Funder, notes))[0].GetProperty("text").GetString());
        Assert.Equal("erased", (await GetJsonAsync(panellist, $"/api/v1/rounds/{roundId}/applications/{application}/scores/mine")).GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.OK, (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results")).StatusCode);
    }

    [Fact]
    public async Task CommentsAreRemovedOnceTheirRetentionPeriodHasPassed()
    {
        var (charity, orgId, evidence, comment) = await AttestedWithCommentAsync();
        var protector = Portal.Services.GetRequiredService<PersonalDataProtector>();

        await protector.SweepAsync(); // nothing of this month is due yet
        Assert.Equal(comment, Response(await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/evidence/{evidence}")).Comment);

        Portal.Clock.Advance(TimeSpan.FromDays(70)); // past the month it was written in plus 30 days
        Assert.True(await protector.SweepAsync() >= 1);

        Assert.Equal((PersonalTextOpener.ExpiredText, PersonalTextOpener.ExpiredText),
            Response(await GetJsonAsync(charity, $"/api/v1/charities/{orgId}/evidence/{evidence}")));
    }

    [Fact]
    public async Task PeopleMustBeListedByExactlyOneCharityOrRound()
    {
        var admin = await Portal.ClientForAsync(PersonalDataPortal.Admin);
        await (await admin.GetAsync("/api/v1/admin/people")).AssertInvalidAsync("charity");
        var nobody = await GetJsonAsync(admin, "/api/v1/admin/people/users/nobody-at-all/export");
        Assert.Equal(0, nobody.GetProperty("items").GetArrayLength());
    }

    private static (string? Comment, string? Reply) Response(JsonElement evidence)
    {
        var response = evidence.GetProperty("attestation").GetProperty("responses")[0];
        return (response.GetProperty("comment").GetString(), response.GetProperty("reply").GetString());
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>The evidence page as a signed-in member's browser gets it.</summary>
    private async Task<string> PageAsync(string subject, string orgId)
    {
        var browser = Portal.CreateClient();
        var page = await browser.GetAsync($"/dev/sign-in?subject={subject}&returnUrl={Uri.EscapeDataString($"/charities/{orgId}/evidence")}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage NoteWithKey(string path, string key) => new(HttpMethod.Post, path)
    {
        Content = Http.Json("""{"text":"  As a carer myself I back it"}"""),
        Headers = { { "Idempotency-Key", key } },
    };

    /// <summary>
    /// Every stream's event data as anyone holding the file would read it, idempotency records included, with each
    /// base64 value decoded too (kept response bodies are stored that way).
    /// </summary>
    private List<string> RawEventsOfEveryStream()
    {
        using var connection = new SqliteConnection($"Data Source={Portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM events";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var data = reader.GetString(0);
            rows.Add(data);
            rows.AddRange(Decoded(System.Text.Json.Nodes.JsonNode.Parse(data)));
        }
        return rows;
    }

    private static IEnumerable<string> Decoded(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Decoded(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Decoded),
        System.Text.Json.Nodes.JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String
            && v.GetValue<string>() is { Length: > 0 } text && text.Length % 4 == 0
            && Convert.TryFromBase64String(text, new byte[text.Length], out var length)
            => [System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text), 0, length)],
        _ => [],
    };

    /// <summary>Event data straight from the database file, as anyone holding a copy of it would read it.</summary>
    private List<string> RawEvents(string streamId)
    {
        using var connection = new SqliteConnection($"Data Source={Portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM events WHERE stream_id = $s";
        command.Parameters.AddWithValue("$s", streamId);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return rows;
    }
}
