using FunderPortal.Common;
using FunderPortal.Exports;

namespace FunderPortal.Api.OpenApi;

public static class FileResponses
{
    /// <summary>
    /// A download answers 200 with the file as it was stored, in its own content type: one of the types the portal
    /// accepts (<see cref="FileTypes"/>), each published with a binary body, so the contract names what a client receives.
    /// </summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder)
    {
        var types = FileTypes.ContentTypes.ToArray();
        return builder.Produces<Stream>(StatusCodes.Status200OK, types[0], types[1..]);
    }

    /// <summary>
    /// A download served with range requests (audio and video that players seek in): 206 with the part asked for, in the
    /// file's own type, and 416 for a range outside the file.
    /// </summary>
    public static RouteHandlerBuilder ProducesFileWithRanges(this RouteHandlerBuilder builder)
    {
        var types = FileTypes.ContentTypes.ToArray();
        return builder.ProducesFile()
            .Produces<Stream>(StatusCodes.Status206PartialContent, types[0], types[1..])
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);
    }

    /// <summary>An export (<c>…/export?format=</c>): 200 with a CSV file or an Excel workbook, 400 keyed <c>format</c> for any other format.</summary>
    public static RouteHandlerBuilder ProducesExport(this RouteHandlerBuilder builder) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, "text/csv", ExportFormats.XlsxContentType).ProducesValidationProblem();
}
