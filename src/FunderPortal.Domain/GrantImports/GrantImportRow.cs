namespace FunderPortal.GrantImports;

/// <summary>
/// One grant as a file holds it, before any rule is applied: each field's text as written (numbers in a package as their
/// exact JSON text), null where the file leaves it out or blank. <see cref="Row"/> is what a person finds it by: the row
/// of the sheet (the column titles are row 1), or the grant's place in a package's <c>grants</c> (the first is 1).
/// </summary>
public sealed record GrantImportRow(int Row, IReadOnlyDictionary<GrantField, string> Values)
{
    public string? this[GrantField field] => Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
