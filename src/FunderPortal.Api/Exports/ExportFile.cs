using FunderPortal.Exports;

namespace FunderPortal.Api.Exports;

/// <summary>
/// An export as the answer: 200 with the format's content type and an attachment file name, its rows written as they
/// go. Everything that may refuse (access, validation) has happened before this is made, so nothing refuses once the
/// first byte is sent.
/// </summary>
public sealed class ExportFile<T>(ExportFormat format, string fileName, ExportTable<T> table, IEnumerable<T> rows) : IResult
{
    public ExportFormat Format => format;

    public string FileName => fileName;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType();
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // What a reader may see can change (a share ends): never kept by a cache.
        response.Headers.CacheControl = "no-store";
        var aborted = httpContext.RequestAborted;
        if (format == ExportFormat.Csv)
            await CsvExportWriter.WriteAsync(response.Body, table, rows, aborted);
        else
            await XlsxExportWriter.WriteAsync(response.Body, table, rows, aborted);
    }
}

public static class ExportFile
{
    /// <summary>The file name from the table's stem, whose the data is and today's date.</summary>
    public static ExportFile<T> For<T>(ExportFormat format, ExportTable<T> table, string id, DateOnly today, IEnumerable<T> rows) =>
        new(format, ExportFormats.FileName(table.FileStem, id, today, format), table, rows);
}
