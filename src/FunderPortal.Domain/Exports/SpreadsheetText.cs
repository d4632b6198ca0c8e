namespace FunderPortal.Exports;

/// <summary>
/// Text put into a spreadsheet cell: a spreadsheet program reads a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return as a formula (or the start of one), so a charity's own words could run as a
/// formula on a grants officer's machine (CSV or formula injection). Such text gets a single quote in front, which the
/// spreadsheet shows as text.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool StartsLikeAFormula(string text) => text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0;

    /// <summary>The text as it is, or with a single quote in front when it starts like a formula.</summary>
    public static string Neutralise(string text) => StartsLikeAFormula(text) ? "'" + text : text;
}
