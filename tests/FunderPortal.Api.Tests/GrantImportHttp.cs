using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FunderPortal.Api.Tests;

/// <summary>Files of grants in the 360Giving standard, and the import routes, for the API tests.</summary>
public static class GrantImportHttp
{
    /// <summary>The column titles of the 360Giving spreadsheet template the tests' sheets use.</summary>
    public static readonly string[] Columns =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
        "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Email", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Title",
    ];

    /// <summary>One grant of a package, as 360Giving publishes them; <paramref name="extra"/> is more JSON members.</summary>
    public static string Grant(string id, string recipientOrgId, string recipientName, string amount = "12500.50", string funderOrgId = "",
        string extra = "") => $$"""
        {"id":"{{id}}","title":"Grant to {{recipientName}}","description":"Towards peer support","currency":"GBP","amountAwarded":{{amount}},
         "awardDate":"2025-03-31","plannedDates":[{"startDate":"2025-04-01","endDate":"2027-03-31"}],
         "recipientOrganization":[{"id":"{{recipientOrgId}}","name":"{{recipientName}}"{{extra}}}],
         "fundingOrganization":[{"id":"{{funderOrgId}}","name":"Hope Trust"}]}
        """;

    public static byte[] Package(params string[] grants) => Encoding.UTF8.GetBytes($$"""{"grants":[{{string.Join(",", grants)}}]}""");

    /// <summary>A CSV file (UTF-8 with a byte order mark, as spreadsheet programs write it) with the template's columns.</summary>
    public static byte[] Csv(params string[][] rows)
    {
        var text = new StringBuilder("\uFEFF").AppendLine(string.Join(",", Columns));
        foreach (var row in rows)
            text.AppendLine(string.Join(",", row.Select(v => v.Contains(',', StringComparison.Ordinal) ? $"\"{v}\"" : v)));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A row for <see cref="Csv"/>, in the order of <see cref="Columns"/>.</summary>
    public static string[] Row(string id, string recipientOrgId, string recipientName, string amount = "5000", string currency = "GBP",
        string funderOrgId = "", string email = "", string programme = "") =>
        [id, $"Grant to {recipientName}", "Towards peer support", currency, amount, "2025-03-31", "2025-04-01", "2026-03-31", recipientOrgId,
            recipientName, email, funderOrgId, "Hope Trust", programme];

    /// <summary>
    /// An Excel workbook with the template's columns, written with the Open XML SDK as a spreadsheet program does: text
    /// as shared strings, the amount as a number, the award date as a date serial number.
    /// </summary>
    public static byte[] Xlsx(params (string Id, string RecipientOrgId, string Name, double Amount, DateOnly Awarded)[] grants)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            int Shared(string text)
            {
                strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                return strings.SharedStringTable.Count() - 1;
            }
            Cell Text(string column, uint row, string text) =>
                new() { CellReference = $"{column}{row}", DataType = CellValues.SharedString, CellValue = new CellValue(Shared(text)) };
            Cell Number(string column, uint row, double value) => new() { CellReference = $"{column}{row}", CellValue = new CellValue(value) };
            string[] titles = ["Identifier", "Title", "Description", "Amount Awarded", "Award Date", "Recipient Org:Identifier", "Recipient Org:Name"];
            data.AppendChild(new Row(titles.Select((t, i) => Text(((char)('A' + i)).ToString(), 1, t))) { RowIndex = 1 });
            uint number = 1;
            foreach (var g in grants)
            {
                number++;
                data.AppendChild(new Row(
                    Text("A", number, g.Id), Text("B", number, $"Grant to {g.Name}"), Text("C", number, "Towards peer support"),
                    Number("D", number, g.Amount), Number("E", number, g.Awarded.ToDateTime(TimeOnly.MinValue).ToOADate()),
                    Text("F", number, g.RecipientOrgId), Text("G", number, g.Name))
                { RowIndex = number });
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "grants" });
        }
        return stream.ToArray();
    }

    /// <summary>Sends the file; returns the answer (202 with a Location for an import that began).</summary>
    public static Task<HttpResponseMessage> SendImportAsync(this HttpClient client, string funderOrgId, byte[] file, string fileName, bool? dryRun)
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var content = new MultipartFormDataContent { { part, "file", fileName } };
        var query = dryRun is { } dry ? $"?dryRun={(dry ? "true" : "false")}" : "";
        return client.PostAsync($"/api/v1/funders/{funderOrgId}/grants/imports{query}", content);
    }

    /// <summary>Sends the file and follows the import until it is over: its last state.</summary>
    public static async Task<JsonElement> ImportAsync(this HttpClient client, string funderOrgId, byte[] file, string fileName, bool dryRun)
    {
        var response = await client.SendImportAsync(funderOrgId, file, fileName, dryRun);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.JsonAsync();
        Assert.Equal("Queued", started.GetProperty("status").GetString());
        var location = response.Headers.Location!.ToString();
        Assert.EndsWith($"/api/v1/funders/{funderOrgId}/grants/imports/{started.GetProperty("id").GetString()}", location, StringComparison.Ordinal);
        return await client.ImportOverAsync(location);
    }

    /// <summary>Reads the import until it is Done or Failed (it runs in the background), at most 30 seconds.</summary>
    public static async Task<JsonElement> ImportOverAsync(this HttpClient client, string location)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var import = await response.JsonAsync();
            if (import.GetProperty("status").GetString() is "Done" or "Failed")
                return import;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"The import did not finish: {import}");
            await Task.Delay(25);
        }
    }

    public static IEnumerable<(int? Row, string Field, string Message)> Problems(this JsonElement import) =>
        import.GetProperty("problems").EnumerateArray().Select(p => (
            p.GetProperty("row").ValueKind == JsonValueKind.Null ? (int?)null : p.GetProperty("row").GetInt32(),
            p.GetProperty("field").GetString()!, p.GetProperty("message").GetString()!));

    public static (int Imported, int Unchanged) Counts(this JsonElement import) =>
        (import.GetProperty("imported").GetInt32(), import.GetProperty("unchanged").GetInt32());
}
