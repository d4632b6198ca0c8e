using System.Text.RegularExpressions;

namespace FunderPortal.Common;

/// <summary>
/// Where a charity works, as ONS GSS codes (E06000014 for York): a letter for the nation (England, Wales, Northern
/// Ireland, Scotland) and eight digits. Only their shape is checked: the portal ships no list of codes.
/// </summary>
public static partial class AreaCodes
{
    public const string Pattern = "^[EWNS][0-9]{8}$";

    /// <summary>Every code is this long.</summary>
    public const int Length = 9;

    /// <summary>A charity gives at most this many (every unitary authority and district of one nation fits).</summary>
    public const int MaxCount = 100;

    public static bool IsValid(string? code) => code is not null && CodeRegex().IsMatch(code);

    /// <summary>Each code by its place (<c>areaCodes[2]</c>) when it is not a GSS code, and the list when it is too long.</summary>
    public static void Check(ErrorBag errors, string field, IReadOnlyList<string>? codes)
    {
        if (codes is null)
            return;
        if (codes.Count > MaxCount)
            errors.Add(field, $"At most {MaxCount} area codes.");
        for (var i = 0; i < Math.Min(codes.Count, MaxCount); i++)
        {
            if (!IsValid(codes[i]?.Trim()))
                errors.Add($"{field}[{i}]", "An ONS area code (GSS code): E, W, N or S and eight digits, such as E06000014.");
        }
    }

    /// <summary>The codes as kept: each once, in the order given.</summary>
    public static string[] Clean(IReadOnlyList<string> codes) =>
        [.. codes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();
}
