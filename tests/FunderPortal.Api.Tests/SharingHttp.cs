using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>The ids of a charity with something in every part: journey, check-in, plan, evidence with a file.</summary>
public sealed record CharityParts(
    string OrgId, string Workstream, string CheckIn, string Line, string Funding, string Evidence, string Attachment)
{
    public string Path(string rest = "") => $"/api/v1/charities/{OrgId}{rest}";
}

/// <summary>Helpers for sharing a charity with a funder and for watching the funder's portfolio.</summary>
public static class SharingHttp
{
    /// <summary>What anyone who may not read a charity is told, whether or not it exists.</summary>
    public const string NotAMember = "No such charity, or you are not one of its members.";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>
    /// Registers a charity and fills every part of it: a workstream with a rung and an open barrier, a check-in,
    /// a £2,199.96 staff line with £199.96 self-funded, and one evidence item shareable with funders, with a file.
    /// </summary>
    public static async Task<CharityParts> CharityWithEverythingAsync(this HttpClient editor)
    {
        var orgId = await editor.RegisterAsync();
        var charity = $"/api/v1/charities/{orgId}";
        var ws = await editor.StartWorkstreamAsync(orgId);
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsync($"{charity}/workstreams/{ws}/rungs/CoDecision",
            Http.Json("""{"current":"Consultation","target":"CoProduction"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync($"{charity}/workstreams/{ws}/barriers",
            Http.Json("""{"kind":"Accessibility","description":"No step-free room","mitigation":"Book the library"}"""))).StatusCode);
        var checkIn = await IdOfCreatedAsync(await editor.PostAsync($"{charity}/check-ins", Http.Json(JourneyRoutesTests.FullCheckIn)));
        var line = await IdOfCreatedAsync(await editor.PostAsync($"{charity}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine)));
        var funding = await IdOfCreatedAsync(await editor.PostAsync($"{charity}/resourcing/lines/{line}/funding",
            Http.Json("""{"kind":"SelfFunded","amountPence":19996}""")));
        var evidence = await editor.RecordEvidenceAsync(orgId, ws, "Members shortlisted the new worker",
            """ "visibility":"SharedWithFunders","consent":{"scope":"SharedWithFunders"} """);
        var attachment = await editor.AttachAsync(orgId, evidence, Pdf, "minutes.pdf");
        return new CharityParts(orgId, ws, checkIn, line, funding, evidence, attachment);
    }

    /// <summary>Shares <paramref name="scope"/> (a JSON array) and returns the 201's body.</summary>
    public static async Task<JsonElement> ShareAsync(
        this HttpClient editor, string orgId, string funderOrgId, string scope, DateTimeOffset? expiresAt = null)
    {
        var response = await editor.PostAsync($"/api/v1/charities/{orgId}/shares", Http.Json(ShareJson(funderOrgId, scope, expiresAt)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static string ShareJson(string funderOrgId, string scope, DateTimeOffset? expiresAt = null) =>
        $$"""{"funderOrgId":"{{funderOrgId}}","scope":{{scope}},"expiresAt":{{(expiresAt is { } at ? $"\"{Instant(at)}\"" : "null")}}}""";

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Records an evidence item; <paramref name="extra"/> is more JSON members (visibility, sensitivity, consent).</summary>
    public static async Task<string> RecordEvidenceAsync(this HttpClient editor, string orgId, string workstreamId, string title, string extra)
    {
        var response = await editor.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json($$"""
            {"kind":"MeetingNote","title":"{{title}}","summary":"What {{title}} says.","workstreamId":"{{workstreamId}}",{{extra}}}
            """));
        return await IdOfCreatedAsync(response);
    }

    public static async Task<string> AttachAsync(this HttpClient editor, string orgId, string evidenceId, byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent { { file, "file", name } };
        return await IdOfCreatedAsync(await editor.PostAsync($"/api/v1/charities/{orgId}/evidence/{evidenceId}/attachments", content));
    }

    /// <summary>
    /// Reads the funder's portfolio until <paramref name="done"/> holds or about five seconds have passed (charity
    /// grains push without waiting), and returns the last portfolio read.
    /// </summary>
    public static async Task<JsonElement> PortfolioWhenAsync(this HttpClient member, string funderOrgId, Func<JsonElement, bool> done)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var response = await member.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var portfolio = await response.JsonAsync();
            if (done(portfolio) || waited.Elapsed > TimeSpan.FromSeconds(5))
                return portfolio;
            await Task.Delay(20);
        }
    }

    /// <summary>The portfolio's entry for the charity, if it lists it.</summary>
    public static JsonElement? EntryFor(JsonElement portfolio, string charityOrgId) =>
        portfolio.GetProperty("charities").EnumerateArray()
            .Where(c => c.GetProperty("charityOrgId").GetString() == charityOrgId)
            .Select(c => (JsonElement?)c)
            .FirstOrDefault();

    private static async Task<string> IdOfCreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }
}
