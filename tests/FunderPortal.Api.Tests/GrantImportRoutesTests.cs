using System.Net;
using System.Text;
using System.Text.Json;
using static FunderPortal.Api.Tests.GrantImportHttp;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class GrantImportRoutesTests(PortalFactory portal)
{
    private async Task<(HttpClient Editor, string FunderOrgId)> FunderAsync()
    {
        var editor = await portal.ClientForAsync("import-editor");
        return (editor, await editor.RegisterFunderAsync());
    }

    private static async Task<JsonElement[]> GrantsAsync(HttpClient client, string funderOrgId)
    {
        var response = await client.GetAsync($"/api/v1/funders/{funderOrgId}/grants");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).EnumerateArray()];
    }

    [Fact]
    public async Task ADryRunReportsEveryProblemByRowAndFieldAndRecordsNothing()
    {
        var (editor, funder) = await FunderAsync();
        var csv = Csv(
            Row("360G-hopetrust-a1", "GB-CHC-5550001", "Hope Street", amount: "12500.50"),
            Row("360G-hopetrust-a2", "GB-CHC-5550002", "Oak Lane", amount: "£1,000"),
            Row("360G-hopetrust-a3", "GB-CHC-5550003", "Elm Row", currency: "EUR"),
            Row("360G-hopetrust-a1", "GB-CHC-5550001", "Hope Street"));

        var import = await editor.ImportAsync(funder, csv, "grants.csv", dryRun: true);

        Assert.Equal(("Done", true, 4, 4), (import.GetProperty("status").GetString(), import.GetProperty("dryRun").GetBoolean(),
            import.GetProperty("rows").GetInt32(), import.GetProperty("rowsChecked").GetInt32()));
        Assert.Equal((1, 0), import.Counts());
        Assert.Equal([(3, "Amount Awarded"), (4, "Currency"), (5, "Identifier")], import.Problems().Select(p => (p.Row!.Value, p.Field)));
        Assert.Contains("without £ or commas", import.Problems().First().Message, StringComparison.Ordinal);
        Assert.Contains("row 2", import.Problems().Last().Message, StringComparison.Ordinal);
        Assert.Empty(await GrantsAsync(editor, funder));

        var rows = await (await editor.GetAsync($"/api/v1/funders/{funder}/grants/imports/{import.GetProperty("id").GetString()}/rows?limit=2")).JsonAsync();
        Assert.Equal([(2, "New", 1_250_050L), (3, "Refused", 0L)], rows.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(),
            r.GetProperty("outcome").GetString()!, r.GetProperty("amountPence").ValueKind == JsonValueKind.Null ? 0L : r.GetProperty("amountPence").GetInt64())));
        Assert.Equal(3, rows.GetProperty("next").GetInt32());
    }

    [Fact]
    public async Task TheImportRecordsGrantsUnderTheirOwnIdsAndImportingTheSameFileAgainChangesNothing()
    {
        var (editor, funder) = await FunderAsync();
        var file = Package(
            Grant("360G-oldtrust-17", "GB-CHC-5550011", "Hope Street", funderOrgId: funder, amount: "1234.56"),
            Grant("360G-oldtrust-18", "360G-oldtrust-org-9", "A group without an org-id", funderOrgId: funder, amount: "0.1"));

        var first = await editor.ImportAsync(funder, file, "grants.json", dryRun: false);
        var again = await editor.ImportAsync(funder, file, "grants.json", dryRun: false);

        Assert.Equal(((2, 0), (0, 2)), (first.Counts(), again.Counts()));
        Assert.Empty(first.Problems());
        var grants = await GrantsAsync(editor, funder);
        Assert.Equal([("360G-oldtrust-17", 123_456L, "Project"), ("360G-oldtrust-18", 10L, "Project")],
            grants.Select(g => (g.GetProperty("openGrantId").GetString()!, g.GetProperty("amountPence").GetInt64(), g.GetProperty("type").GetString()!))
                .Order());
        var package = await (await editor.GetAsync($"/api/v1/funders/{funder}/360giving")).JsonAsync();
        Assert.Equal(["360G-oldtrust-17", "360G-oldtrust-18"], package.GetProperty("grants").EnumerateArray().Select(g => g.GetProperty("id").GetString()!).Order());

        await editor.RecordGrantAsync(funder); // the portal's own grants carry on from the running numbers, under the prefix
        Assert.Contains("360G-hopetrust-3", (await editor.GetStringAsync($"/api/v1/funders/{funder}/360giving")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACharityOnThePortalIsMatchedAndTheOthersGetAnInvitationEmailedWhereTheFileGivesAnAddress()
    {
        var (editor, funder) = await FunderAsync();
        var charity = await portal.ClientForAsync("import-charity");
        var onPortal = await charity.RegisterAsync();
        var unknown = Http.NewOrgId();
        var address = $"office-{Guid.NewGuid():n}@example.org";
        var csv = Csv(
            Row("360G-hopetrust-m1", onPortal, "Hope Street", funderOrgId: funder),
            Row("360G-hopetrust-m2", unknown, "Oak & Ash", email: address, funderOrgId: funder),
            Row("360G-hopetrust-m3", unknown, "Oak & Ash", funderOrgId: funder));

        var dry = await editor.ImportAsync(funder, csv, "grants.csv", dryRun: true);
        var import = await editor.ImportAsync(funder, csv, "grants.csv", dryRun: false);

        var invitation = Assert.Single(import.GetProperty("invitations").EnumerateArray());
        var url = invitation.GetProperty("url").GetString()!;
        Assert.Equal((unknown, "Oak & Ash", true), (invitation.GetProperty("charityOrgId").GetString(), invitation.GetProperty("name").GetString(),
            invitation.GetProperty("emailed").GetBoolean()));
        Assert.Equal($"http://localhost/charities/new?orgId={unknown}&name=Oak%20%26%20Ash&invitedBy={funder}", url);
        Assert.False(Assert.Single(dry.GetProperty("invitations").EnumerateArray()).GetProperty("emailed").GetBoolean());
        var mail = await MailAsync(address);
        Assert.Contains(new Uri(url).PathAndQuery, mail, StringComparison.Ordinal); // under the portal's public address
        Assert.Contains("Hope Trust invites Oak & Ash to FunderPortal", mail, StringComparison.Ordinal);

        // The charity on the portal is told of its grant, as of any other the funder records.
        var grants = await WaitForAsync(async () => await (await charity.GetAsync($"/api/v1/charities/{onPortal}/grants")).JsonAsync(),
            page => page.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal(funder, grants.GetProperty("items")[0].GetProperty("funderOrgId").GetString());
    }

    [Fact]
    public async Task AnExcelSheetIsReadWithItsDatesAndMoneyAsTheyShow()
    {
        var (editor, funder) = await FunderAsync();
        var xlsx = Xlsx(("360G-hopetrust-x1", "GB-CHC-5550021", "Hope Street", 1234.5599999999999, new DateOnly(2024, 11, 30)),
            ("360G-hopetrust-x2", "GB-CHC-5550022", "Oak Lane", 250, new DateOnly(2025, 1, 2)));

        var import = await editor.ImportAsync(funder, xlsx, "grants.xlsx", dryRun: false);

        Assert.Equal((2, 0), import.Counts());
        var grants = (await GrantsAsync(editor, funder)).OrderBy(g => g.GetProperty("openGrantId").GetString()).ToList();
        Assert.Equal([(123_456L, "2024-11-30", "2024-11-30"), (25_000L, "2025-01-02", "2025-01-02")], grants.Select(g => (g.GetProperty("amountPence").GetInt64(),
            g.GetProperty("awardDate").GetString()!, g.GetProperty("plannedEnd").GetString()!)));
    }

    [Fact]
    public async Task AFileThatCannotBeImportedFailsSayingWhyAndOtherFilesAreRefusedAtTheDoor()
    {
        var (editor, funder) = await FunderAsync();

        var notAPackage = await editor.ImportAsync(funder, Encoding.UTF8.GetBytes("""{"title":"not grants"}"""), "grants.json", dryRun: true);
        var columnsMissing = await editor.ImportAsync(funder, Encoding.UTF8.GetBytes("Identifier,Title\n360G-x-1,A grant\n"), "grants.csv", dryRun: true);

        Assert.Equal("Failed", notAPackage.GetProperty("status").GetString());
        Assert.Equal((null, "grants"), notAPackage.Problems().Select(p => (p.Row, p.Field)).Single());
        Assert.Equal("Failed", columnsMissing.GetProperty("status").GetString());
        Assert.Equal([(1, "Amount Awarded"), (1, "Award Date"), (1, "Recipient Org:Identifier"), (1, "Recipient Org:Name")],
            columnsMissing.Problems().Select(p => (p.Row!.Value, p.Field)));
        await (await editor.SendImportAsync(funder, SharingHttp.Pdf, "grants.pdf", dryRun: true)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await editor.SendImportAsync(funder, Encoding.UTF8.GetBytes("{}"), "grants.csv", dryRun: true)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await editor.SendImportAsync(funder, Package(), "grants.json", dryRun: null)).AssertInvalidAsync("dryRun");
    }

    [Fact]
    public async Task OnlyTheFundersEditorsImportAndOnlyItsMembersFollowAnImport()
    {
        var (editor, funder) = await FunderAsync();
        await editor.AddMemberAsync(funder, "import-viewer", "Viewer");
        var viewer = await portal.ClientForAsync("import-viewer");
        var stranger = await portal.ClientForAsync("import-stranger");
        var file = Package(Grant("360G-hopetrust-v1", "GB-CHC-5550031", "Hope Street"));

        await (await viewer.SendImportAsync(funder, file, "grants.json", dryRun: true)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.SendImportAsync(funder, file, "grants.json", dryRun: true)).AssertProblemAsync(HttpStatusCode.NotFound);
        var import = await editor.ImportAsync(funder, file, "grants.json", dryRun: true);
        var location = $"/api/v1/funders/{funder}/grants/imports/{import.GetProperty("id").GetString()}";

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(location)).StatusCode);
        await (await stranger.GetAsync(location)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"/api/v1/funders/{funder}/grants/imports/no-such-import")).AssertProblemAsync(HttpStatusCode.NotFound);
        var list = await (await viewer.GetAsync($"/api/v1/funders/{funder}/grants/imports")).JsonAsync();
        Assert.Equal(import.GetProperty("id").GetString(), Assert.Single(list.EnumerateArray()).GetProperty("id").GetString());
    }

    private async Task<string> MailAsync(string address)
    {
        var text = await WaitForAsync(() => Task.FromResult(Directory.Exists(portal.MailOutbox)
                ? Directory.EnumerateFiles(portal.MailOutbox, "*.eml").Select(File.ReadAllText).FirstOrDefault(m => m.Contains(address, StringComparison.Ordinal)) ?? ""
                : ""),
            mail => mail.Length > 0);
        return DecodedBody(text);
    }

    /// <summary>A message's text as a person reads it (the .eml may quote-print its lines).</summary>
    private static string DecodedBody(string eml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(eml));
        var message = MimeKit.MimeMessage.Load(stream);
        return $"{message.Subject}\n{message.TextBody}";
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || waited.Elapsed > TimeSpan.FromSeconds(10))
                return value;
            await Task.Delay(25);
        }
    }
}
