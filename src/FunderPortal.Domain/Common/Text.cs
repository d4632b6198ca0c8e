namespace FunderPortal.Common;

public static class Text
{
    /// <summary>
    /// Applies a partial update to optional text: <c>null</c> leaves it as it was, an empty string clears it.
    /// </summary>
    public static string? Changed(string? current, string? update) =>
        update is null ? current : update.Length == 0 ? null : update;

    /// <summary>Trims, and turns blank optional text into <c>null</c>.</summary>
    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
