namespace FunderPortal.GrantImports;

/// <summary>
/// What a file holds: its grants as rows of text (<see cref="GrantImportRow"/>), or why it cannot be read at all
/// (<see cref="Problems"/>: not a 360Giving package, a column missing, too many grants). Reading applies no rule.
/// </summary>
public sealed record GrantFile(IReadOnlyList<GrantImportRow> Rows, IReadOnlyList<GrantImportProblem> Problems)
{
    public static GrantFile Unreadable(string field, string message) => new([], [new GrantImportProblem(null, field, message)]);

    /// <summary>Reads a file of <paramref name="format"/>, at most <see cref="GrantImportLimits.MaxRows"/> grants.</summary>
    public static GrantFile Read(Stream content, GrantImportFormat format) => format switch
    {
        GrantImportFormat.Json => JsonGrantFile.Read(content),
        GrantImportFormat.Csv => CsvGrantFile.Read(content),
        GrantImportFormat.Xlsx => XlsxGrantFile.Read(content),
        _ => Unreadable("file", "Not a file the import reads."),
    };

    public static string TooMany => $"At most {GrantImportLimits.MaxRows:N0} grants in one file: split it into smaller files.";

    /// <summary>A sheet's rows, once its title row names the columns the import needs.</summary>
    internal static GrantFile FromSheet(IReadOnlyList<GrantField> present, IReadOnlyList<GrantImportRow> rows, bool tooMany)
    {
        var missing = GrantImportRules.MissingColumns(present);
        if (missing.Count > 0)
            return new([], missing);
        return tooMany ? Unreadable("file", TooMany) : new(rows, []);
    }
}
