using System.Globalization;
using System.Net;
using System.Text;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Tests.Exports;

/// <summary>
/// The five exports over HTTP: CSV (RFC 4180, UTF-8 with a byte order mark) and XLSX read back cell by cell, each with
/// its content type and attachment file name, the same rows and refusals as the JSON list it mirrors, and text that
/// starts like a formula neutralised.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExportRoutesTests(PortalFactory portal)
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private string Today => portal.Clock.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private PortfolioEntry Entry(string orgId, string name, long planGapPence, int dueInDays, ShareScope[] scope, params BarrierKind[] barriers) => new(
        orgId, name, SizeBand.Small, 3, portal.Clock.UtcNow, DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).AddDays(dueInDays),
        [new PortfolioRung("w1", "Peer support", ActivityKind.CoDesign, LadderRung.CoDesign, LadderRung.Engagement, LadderRung.Informing)],
        barriers, planGapPence, 80, scope, null);

    /// <summary>Asserts a CSV download named <paramref name="fileName"/> and returns its lines (none of these tests has a line break inside a field).</summary>
    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CsvType, response.Content.Headers.ContentType?.ToString());
        AssertAttachment(response, fileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }

    private static async Task<XlsxSheet> XlsxAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.ToString());
        AssertAttachment(response, fileName);
        return XlsxSheet.Read(await response.Content.ReadAsByteArrayAsync());
    }

    private static void AssertAttachment(HttpResponseMessage response, string fileName)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal(fileName, disposition?.FileName?.Trim('"'));
    }

    private static XlsxCell Cell(XlsxSheet sheet, int row, string header) =>
        sheet.Rows[row][sheet.Rows[0].Select(c => c.Text).ToList().IndexOf(header)];

    private async Task<(HttpClient Client, string OrgId)> FunderWithPortfolioAsync()
    {
        var fiona = await portal.ClientForAsync("fiona-exports");
        var orgId = await fiona.RegisterFunderAsync();
        await portal.PushAsync(orgId, Entry("GB-CHC-9200001", "=HYPERLINK(\"http://evil.example\",\"Cedar\")", 900_050, 40,
            [ShareScope.Journey, ShareScope.Resourcing], BarrierKind.Accessibility));
        await portal.PushAsync(orgId, Entry("GB-CHC-9200002", "Anchor House, Cardiff", 250_000, 10, [ShareScope.Journey, ShareScope.Resourcing],
            BarrierKind.Accessibility, BarrierKind.PowerImbalance));
        await portal.PushAsync(orgId, Entry("GB-CHC-9200003", "Bridge \"Project\" Ŵyr", 5_000, 90, [ShareScope.Journey]));
        return (fiona, orgId);
    }

    [Fact]
    public async Task ThePortfolioExportsAsFilteredAndSortedAsRfc4180WithFormulasNeutralised()
    {
        var (fiona, orgId) = await FunderWithPortfolioAsync();
        var readsBefore = (await (await fiona.GetAsync($"/api/v1/funders/{orgId}/access-log")).JsonAsync()).GetArrayLength();

        var lines = await CsvLinesAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/portfolio/export?format=csv&sort=planGap"),
            $"portfolio-{orgId}-{Today}.csv");
        var filtered = await CsvLinesAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/portfolio/export?format=CSV&barrier=PowerImbalance"),
            $"portfolio-{orgId}-{Today}.csv");
        var searched = await CsvLinesAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/portfolio/export?format=csv&search=%C5%B5YR"),
            $"portfolio-{orgId}-{Today}.csv");

        Assert.Equal("Charity,Org-id,Verified by the portal,Size,Activities with a rung set,Rungs climbed since first grant,Open barriers,"
            + "Plan gap (£),Confirmed by participants (%),Last update (UTC),Next check-in due,Shares,Share ends (UTC)", lines[0]);
        Assert.Equal(4, lines.Length);
        // Largest gap first; the formula gets a quote in front (and its quotes doubled), a comma quotes the field.
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Cedar\"\")\",GB-CHC-9200001,No,Small,1,1,Accessibility,9000.50,80,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"Anchor House, Cardiff\",GB-CHC-9200002,No,Small,1,1,\"Accessibility, PowerImbalance\",2500.00,", lines[2], StringComparison.Ordinal);
        // The plan is not shared by Bridge: its gap is not exported.
        Assert.StartsWith("\"Bridge \"\"Project\"\" Ŵyr\",GB-CHC-9200003,No,Small,1,1,,Not shared,80,", lines[3], StringComparison.Ordinal);
        Assert.Contains($",{DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).AddDays(90):yyyy-MM-dd},Journey,", lines[3], StringComparison.Ordinal);
        Assert.Equal(2, filtered.Length);
        Assert.Contains("GB-CHC-9200002", filtered[1], StringComparison.Ordinal);
        Assert.Equal(2, searched.Length);
        Assert.Contains("GB-CHC-9200003", searched[1], StringComparison.Ordinal);
        // Each export is a read of the portfolio in the funder's access log, as the JSON read is.
        var log = await (await fiona.GetAsync($"/api/v1/funders/{orgId}/access-log")).JsonAsync();
        Assert.Equal(readsBefore + 3, log.GetArrayLength());
        Assert.Equal("portfolio", log[0].GetProperty("what").GetString());
    }

    [Fact]
    public async Task ThePortfolioWorkbookHasMoneyInPoundsAndDatesAsTypedCells()
    {
        var (fiona, orgId) = await FunderWithPortfolioAsync();

        var sheet = await XlsxAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/portfolio/export?format=xlsx&sort=planGap"),
            $"portfolio-{orgId}-{Today}.xlsx");

        Assert.Equal(4, sheet.Rows.Count);
        Assert.Equal("Charity", sheet.Rows[0][0].Text);
        Assert.Equal(("str", "'=HYPERLINK(\"http://evil.example\",\"Cedar\")"), (Cell(sheet, 1, "Charity").Type, Cell(sheet, 1, "Charity").Text));
        var gap = Cell(sheet, 1, "Plan gap (£)");
        Assert.True(gap.IsNumber);
        Assert.Equal(9000.50, gap.Number);
        Assert.Equal("£#,##0.00", gap.NumberFormat);
        Assert.Equal("Not shared", Cell(sheet, 3, "Plan gap (£)").Text);
        var due = Cell(sheet, 2, "Next check-in due");
        Assert.True(due.IsNumber);
        Assert.Equal(portal.Clock.UtcNow.UtcDateTime.Date.AddDays(10), due.Date);
        Assert.Equal("yyyy-mm-dd", due.NumberFormat);
        Assert.Equal("yyyy-mm-dd hh:mm", Cell(sheet, 2, "Last update (UTC)").NumberFormat);
        Assert.Equal(80, Cell(sheet, 2, "Confirmed by participants (%)").Number);
    }

    [Fact]
    public async Task GrantsExportWithTheirAmountsAndDates()
    {
        var fiona = await portal.ClientForAsync("fiona-grants-export");
        var orgId = await fiona.RegisterFunderAsync();
        var grant = await fiona.RecordGrantAsync(orgId, FunderHttp.GrantJson
            .Replace("\"Paid co-design\"", "\"Paid co-design, year one\"", StringComparison.Ordinal)
            .Replace("\"Two years of paying participants for their time\"", "\"@once: pay people\"", StringComparison.Ordinal));

        var lines = await CsvLinesAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/grants/export?format=csv"), $"grants-{orgId}-{Today}.csv");
        var sheet = await XlsxAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/grants/export?format=xlsx"), $"grants-{orgId}-{Today}.xlsx");

        Assert.Equal("Grant id,Charity,Org-id,Title,Description,Kind,Amount (£),Awarded,Starts,Ends,Programme id,Plan lines funded,Recorded (UTC)", lines[0]);
        Assert.StartsWith($"{grant.GetProperty("id").GetString()},Hope Street,GB-CHC-1234567,\"Paid co-design, year one\",'@once: pay people,Development,1234.56,2025-12-01,2026-02-01,2028-01-31,,1,",
            lines[1], StringComparison.Ordinal);
        var amount = Cell(sheet, 1, "Amount (£)");
        Assert.Equal((true, 1234.56, "£#,##0.00"), (amount.IsNumber, amount.Number, amount.NumberFormat));
        var awarded = Cell(sheet, 1, "Awarded");
        Assert.Equal((new DateTime(2025, 12, 1), "yyyy-mm-dd"), (awarded.Date, awarded.NumberFormat));
        Assert.Equal("'@once: pay people", Cell(sheet, 1, "Description").Text);
    }

    [Fact]
    public async Task ARoundsResultsAndPanelPaymentsExportToWhoeverMayReadThem()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (p1, p1Id) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (p2, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var a = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 400_000);
        var b = await cast.CharityB.ApplyAsync(roundId, cast.OrgB, 500_000);
        // Before scoring ends the results are refused, exported or not.
        await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results/export?format=csv")).AssertProblemAsync(HttpStatusCode.Conflict);
        await cast.Funder.MoveToAsync(roundId, "Scoring");
        foreach (var (panellist, app, c1, c2) in new[] { (p1, a, 4, 4), (p1, b, 2, 2), (p2, a, 3, 3), (p2, b, 1, 1) })
            Assert.Equal(HttpStatusCode.OK, (await panellist.ScoreAsync(roundId, app, c1, c2)).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        Assert.Equal(HttpStatusCode.Created, (await cast.Funder.PostAsync($"/api/v1/rounds/{roundId}/panellists/{p1Id}/time",
            Http.Json("""{"activity":"Meeting","minutes":90}"""))).StatusCode);

        var results = await CsvLinesAsync(await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results/export?format=csv"), $"round-results-{roundId}-{Today}.csv");
        var byPanel = await XlsxAsync(await p1.GetAsync($"/api/v1/rounds/{roundId}/results/export?format=xlsx&rankBy=normalised"), $"round-results-{roundId}-{Today}.xlsx");
        var payments = await XlsxAsync(await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/payments/export?format=xlsx"), $"panel-payments-{roundId}-{Today}.xlsx");

        Assert.Equal(3, results.Length);
        // A: [100, 75] → mean 87.5; awarded what it asked for.
        Assert.StartsWith($"1,No,Application 1,{a},Hope Street,4000.00,87.5,87.5,12.5,", results[1], StringComparison.Ordinal);
        Assert.EndsWith(",4000.00", results[1], StringComparison.Ordinal);
        Assert.Equal(3, byPanel.Rows.Count);
        Assert.Equal((true, 4000.0, "£#,##0.00"), (Cell(byPanel, 1, "Requested (£)").IsNumber, Cell(byPanel, 1, "Requested (£)").Number, Cell(byPanel, 1, "Requested (£)").NumberFormat));
        Assert.Equal(2, payments.Rows.Count - 1);
        var paid = payments.Rows.Skip(1).Single(r => r[2].Text == "Paid" && r[3].Text == "90");
        Assert.Equal((37.5, "£#,##0.00"), (paid[4].Number, paid[4].NumberFormat));
        // Panellists do not see the payments list: the export refuses them as the JSON list does.
        var json = await p1.GetAsync($"/api/v1/rounds/{roundId}/payments");
        var export = await p1.GetAsync($"/api/v1/rounds/{roundId}/payments/export?format=csv");
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        await export.AssertProblemAsync(json.StatusCode);
    }

    [Fact]
    public async Task AFunderExportsAPlanOnlyAsFarAsItsShareAllowsAndNeverTheCharitysOwnReasons()
    {
        var alice = await portal.ClientForAsync("alice-exports");
        var orgId = await alice.RegisterAsync();
        Assert.Equal(HttpStatusCode.Created, (await alice.PostAsync($"/api/v1/charities/{orgId}/resourcing/lines", Http.Json("""
            {"category":"ParticipantPayment","description":"=Peer facilitators","quantity":10,"unit":"sessions","unitCostPence":4550,
             "periodStart":"2026-04-01","periodEnd":"2027-03-31","hours":2,"hourlyRatePence":2275,"sameRateAsStaff":false,
             "payment":"Declined","paymentReason":"They asked for vouchers instead"}
            """))).StatusCode);
        var fiona = await portal.ClientForAsync("fiona-plan-export");
        var journeyOnly = await fiona.RegisterFunderAsync();
        var withPlan = await fiona.RegisterFunderAsync();
        await alice.ShareAsync(orgId, journeyOnly, """["Journey"]""");
        var planShare = (await alice.ShareAsync(orgId, withPlan, """["Resourcing"]""")).GetProperty("id").GetString();

        var members = await CsvLinesAsync(await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/export?format=csv"), $"resourcing-plan-{orgId}-{Today}.csv");
        var sheet = await XlsxAsync(await fiona.GetAsync($"/api/v1/charities/{orgId}/resourcing/export?format=xlsx"), $"resourcing-plan-{orgId}-{Today}.xlsx");
        var stranger = await portal.ClientForAsync("stranger-plan-export");
        var refusedJson = await stranger.GetAsync($"/api/v1/charities/{orgId}/resourcing/lines");
        var refusedExport = await stranger.GetAsync($"/api/v1/charities/{orgId}/resourcing/export?format=xlsx");

        Assert.Contains(",'=Peer facilitators,10,sessions,45.50,455.00,0.00,455.00,0.00,2026-04-01,2027-03-31,,2,22.75,No,,Declined,They asked for vouchers instead,", members[1], StringComparison.Ordinal);
        // fiona is a member of both funders: the share with the plan lets her read it, without the charity's reason.
        Assert.Equal("'=Peer facilitators", Cell(sheet, 1, "Description").Text);
        Assert.Equal((455.0, "£#,##0.00"), (Cell(sheet, 1, "Gap (£)").Number, Cell(sheet, 1, "Gap (£)").NumberFormat));
        Assert.Equal("", Cell(sheet, 1, "Why (members only)").Text);
        Assert.Equal(new DateTime(2027, 3, 31), Cell(sheet, 1, "To").Date);
        Assert.Equal(HttpStatusCode.NotFound, refusedJson.StatusCode);
        await refusedExport.AssertProblemAsync(refusedJson.StatusCode);
        // The funder's export is a read the charity sees, as the list's read is.
        var log = await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares/{planShare}/access-log")).JsonAsync();
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("subject").GetString() == "fiona-plan-export"
            && e.GetProperty("what").GetString() == "resourcing/lines");
    }

    [Fact]
    public async Task AnEmptyListExportsItsHeaderAlone()
    {
        var fiona = await portal.ClientForAsync("fiona-no-grants");
        var orgId = await fiona.RegisterFunderAsync();

        var lines = await CsvLinesAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/grants/export?format=csv"), $"grants-{orgId}-{Today}.csv");
        var sheet = await XlsxAsync(await fiona.GetAsync($"/api/v1/funders/{orgId}/grants/export?format=xlsx"), $"grants-{orgId}-{Today}.xlsx");

        Assert.StartsWith("Grant id,Charity,", Assert.Single(lines), StringComparison.Ordinal);
        Assert.Equal("Grant id", Assert.Single(sheet.Rows)[0].Text);
    }

    [Fact]
    public async Task AFunderWhoseShareLeavesOutThePlanIsRefusedTheExportAsTheList()
    {
        var alice = await portal.ClientForAsync("alice-exports-2");
        var orgId = await alice.RegisterAsync();
        var fiona = await portal.ClientForAsync("fiona-journey-only");
        var funder = await fiona.RegisterFunderAsync();
        await alice.ShareAsync(orgId, funder, """["Journey","Evidence"]""");

        var json = await fiona.GetAsync($"/api/v1/charities/{orgId}/resourcing/lines");
        var csv = await fiona.GetAsync($"/api/v1/charities/{orgId}/resourcing/export?format=csv");

        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        var problem = await csv.AssertProblemAsync(json.StatusCode);
        Assert.Equal(SharingHttp.NotAMember, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/funders/{funder}/portfolio/export")]
    [InlineData("/api/v1/funders/{funder}/grants/export")]
    [InlineData("/api/v1/rounds/{round}/results/export")]
    [InlineData("/api/v1/rounds/{round}/payments/export")]
    [InlineData("/api/v1/charities/{charity}/resourcing/export")]
    public async Task AMissingOrOtherFormatIsRefusedByItsField(string template)
    {
        var alice = await portal.ClientForAsync("alice-formats");
        var path = template.Replace("{funder}", await alice.RegisterFunderAsync(), StringComparison.Ordinal)
            .Replace("{charity}", await alice.RegisterAsync(), StringComparison.Ordinal)
            .Replace("{round}", "r" + Guid.NewGuid().ToString("n"), StringComparison.Ordinal);

        await (await alice.GetAsync(path)).AssertInvalidAsync("format");
        await (await alice.GetAsync(path + "?format=pdf")).AssertInvalidAsync("format");
        await (await alice.GetAsync(path + "?format=")).AssertInvalidAsync("format");
    }
}
