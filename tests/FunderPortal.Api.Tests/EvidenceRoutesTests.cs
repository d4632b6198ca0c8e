using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class EvidenceRoutesTests(PortalFactory portal)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private async Task<(HttpClient Alice, string OrgId, string Workstream, string Evidence)> EvidenceAsync(string extra = "")
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var ws = await alice.StartWorkstreamAsync(orgId);
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/rungs/CoDecision", Http.Json("""{"current":"CoDesign","target":"CoProduction"}"""));
        var created = await alice.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json($$"""
            {"kind":"DecisionRecord","title":"Members shortlisted the new worker","summary":"Four members and two staff shortlisted together.",
             "workstreamId":"{{ws}}","activityKind":"CoDecision","demonstratesRung":"CoProduction","visibility":"SharedWithFunders"{{extra}}}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (alice, orgId, ws, (await created.JsonAsync()).GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement[]> AskAsync(HttpClient client, string orgId, string evidence, params string[] participants)
    {
        var response = await client.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attestations",
            Http.Json(JsonSerializer.Serialize(new { participants })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("links").EnumerateArray()];
    }

    private static string TokenOf(JsonElement link) => Uri.UnescapeDataString(link.GetProperty("url").GetString()!.Split("/attest/")[1]);

    [Fact]
    public async Task ParticipantsConfirmInTheirOwnWordsWithoutAnAccount()
    {
        var (alice, orgId, _, evidence) = await EvidenceAsync();
        var links = await AskAsync(alice, orgId, evidence, "p-1", "p-2", "p-3");
        var anonymous = portal.CreateClient();

        var prompt = await (await anonymous.GetAsync($"/api/v1/attestations/{Uri.EscapeDataString(TokenOf(links[0]))}")).JsonAsync();
        var agree = await anonymous.PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(TokenOf(links[0]))}", Http.Json("""{"stance":"Agree"}"""));
        var disagree = await anonymous.PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(TokenOf(links[1]))}",
            Http.Json("""{"stance":"DisagreeWithComment","comment":"Staff chose in the end"}"""));
        var again = await anonymous.PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(TokenOf(links[0]))}", Http.Json("""{"stance":"Agree"}"""));

        Assert.Equal("Members shortlisted the new worker", prompt.GetProperty("title").GetString());
        Assert.Equal("p-1", prompt.GetProperty("participant").GetString());
        Assert.Equal(HttpStatusCode.NoContent, agree.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, disagree.StatusCode);
        var used = await again.AssertProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await anonymous.GetAsync($"/api/v1/attestations/{orgId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(used.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());

        var item = await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence/{evidence}")).JsonAsync();
        var attestation = item.GetProperty("attestation");
        Assert.Equal((3, 1, 1, false), (attestation.GetProperty("asked").GetInt32(), attestation.GetProperty("agreed").GetInt32(),
            attestation.GetProperty("disagreed").GetInt32(), attestation.GetProperty("attested").GetBoolean()));
        Assert.Contains("Staff chose in the end", attestation.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("comment").GetString()));
    }

    [Fact]
    public async Task TheJourneyShowsTheEvidencedRungBesideTheClaimedOne()
    {
        var (alice, orgId, ws, evidence) = await EvidenceAsync();
        static JsonElement Rung(JsonElement journey) => journey.GetProperty("workstreams")[0].GetProperty("rungs").GetProperty("CoDecision");

        var before = Rung(await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync());
        var links = await AskAsync(alice, orgId, evidence, "p-1");
        await portal.CreateClient().PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(TokenOf(links[0]))}", Http.Json("""{"stance":"Agree"}"""));
        var after = Rung(await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync());

        Assert.Equal(JsonValueKind.Null, before.GetProperty("evidenced").ValueKind);
        Assert.True(before.GetProperty("notYetEvidenced").GetBoolean());
        Assert.Equal("CoDesign", after.GetProperty("evidenced").GetString()); // capped at the claim
        Assert.False(after.GetProperty("notYetEvidenced").GetBoolean());
        Assert.NotNull(ws);
    }

    [Fact]
    public async Task ALinkIsShownOnceAndAReplayGivesNoUrl()
    {
        var (alice, orgId, _, evidence) = await EvidenceAsync();
        HttpRequestMessage Ask()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/charities/{orgId}/evidence/{evidence}/attestations")
            { Content = Http.Json("""{"participants":["p-7"]}""") };
            request.Headers.Add("Idempotency-Key", "ask-p-7");
            return request;
        }

        var first = await (await alice.SendAsync(Ask())).JsonAsync();
        var replay = await alice.SendAsync(Ask());

        Assert.StartsWith("http", first.GetProperty("links")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        var replayed = (await replay.JsonAsync()).GetProperty("links")[0];
        Assert.Equal("p-7", replayed.GetProperty("participant").GetString());
        Assert.Equal(JsonValueKind.Null, replayed.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task ThePortalPageLetsAParticipantAnswer()
    {
        var (alice, orgId, _, evidence) = await EvidenceAsync();
        var token = TokenOf((await AskAsync(alice, orgId, evidence, "p-1"))[0]);
        var browser = portal.CreateClient(); // keeps cookies, as a browser does (the antiforgery cookie among them)
        var path = $"/attest/{Uri.EscapeDataString(token)}";

        var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        FormUrlEncodedContent Answer(string comment) => new(new Dictionary<string, string>
        {
            ["_handler"] = "attest",
            ["__RequestVerificationToken"] = antiforgery,
            ["Input.Stance"] = "AgreeWithComment",
            ["Input.Comment"] = comment,
        });
        var missingWords = await (await browser.PostAsync(path, Answer(""))).Content.ReadAsStringAsync();
        var answered = await browser.PostAsync(path, Answer("We chose <b>together</b>"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Members shortlisted the new worker", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"answer-comment\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"answer-comment-error\"", missingWords, StringComparison.Ordinal);
        Assert.Contains("Thank you", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var item = await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence/{evidence}")).JsonAsync();
        Assert.Equal("We chose <b>together</b>", item.GetProperty("attestation").GetProperty("responses")[0].GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task SensitiveItemsAndItemsWithoutConsentAreNeverMarkedShared()
    {
        var (alice, orgId, _, evidence) = await EvidenceAsync();

        var noConsent = await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence/{evidence}")).JsonAsync();
        var consented = await (await alice.PutAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/consent", Http.Json("""{"scope":"SharedWithFunders"}"""))).JsonAsync();
        var withdrawn = await (await alice.DeleteAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/consent")).JsonAsync();
        var (_, orgId2, _, sensitive) = await EvidenceAsync(""","sensitivity":"SpecialCategory","consent":{"scope":"Public"}""");
        var special = await (await alice.GetAsync($"/api/v1/charities/{orgId2}/evidence/{sensitive}")).JsonAsync();

        Assert.False(noConsent.GetProperty("sharedWithFunders").GetBoolean());
        Assert.True(consented.GetProperty("sharedWithFunders").GetBoolean());
        Assert.False(withdrawn.GetProperty("sharedWithFunders").GetBoolean());
        Assert.True(withdrawn.TryGetProperty("consentWithdrawnAt", out var at) && at.ValueKind == JsonValueKind.String);
        Assert.False(special.GetProperty("sharedWithFunders").GetBoolean());
        Assert.False(special.GetProperty("isPublic").GetBoolean());
    }

    [Fact]
    public async Task FilesAreStoredByContentAndDownloadedAsAttachments()
    {
        var (alice, orgId, _, evidence) = await EvidenceAsync();
        static MultipartFormDataContent Upload(byte[] bytes, string name)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return new MultipartFormDataContent { { file, "file", name } };
        }

        var uploaded = await alice.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attachments", Upload(Pdf, "minutes.pdf"));
        var disguised = await alice.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attachments", Upload(Encoding.ASCII.GetBytes("<script>alert(1)</script>"), "minutes.pdf"));
        var notMultipart = await alice.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attachments", new ByteArrayContent(Pdf));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = await uploaded.JsonAsync();
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal(Pdf.Length, attachment.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), attachment.GetProperty("id").GetString());
        await disguised.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await notMultipart.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        var download = await alice.GetAsync(attachment.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var mallory = await portal.ClientForAsync("mallory");
        await (await mallory.GetAsync(attachment.GetProperty("url").GetString())).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AFileOverTheLimitIs413()
    {
        var (alice, orgId, _, evidence) = await EvidenceAsync();
        var big = new byte[(25 * 1_048_576) + 1];
        Pdf.CopyTo(big, 0);
        var content = new MultipartFormDataContent { { new ByteArrayContent(big), "file", "big.pdf" } };

        var response = await alice.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidence}/attachments", content);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var item = await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence/{evidence}")).JsonAsync();
        Assert.Equal(0, item.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task BadEvidenceNamesTheFieldAndViewersCannotRecord()
    {
        var (alice, orgId, ws, _) = await EvidenceAsync();
        await alice.PutAsync($"/api/v1/charities/{orgId}/members/victor", Http.Json("""{"role":"Viewer"}"""));
        var victor = await portal.ClientForAsync("victor");

        await (await alice.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json("""{"kind":"Rumour","title":"x","workstreamId":"w"}""")))
            .AssertInvalidAsync("kind");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json("""{"kind":"MeetingNote","title":"x","workstreamId":"nope"}""")))
            .AssertInvalidAsync("workstreamId");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json($$$"""{"kind":"MeetingNote","title":"x","workstreamId":"{{{ws}}}","consent":{"expiresOn":"2030-01-01"}}""")))
            .AssertInvalidAsync("consent.scope");
        await (await victor.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json($$"""{"kind":"MeetingNote","title":"x","workstreamId":"{{ws}}"}""")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence/nope")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence")).JsonAsync()).EnumerateArray());
    }
}
