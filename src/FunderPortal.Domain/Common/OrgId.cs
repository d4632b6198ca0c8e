using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace FunderPortal.Common;

/// <summary>Org-id identifiers as used by 360Giving: country, register, identifier (GB-CHC-1234567).</summary>
public static partial class OrgId
{
    public const string Pattern = "^[A-Z]{2}-[A-Z]{2,6}-[A-Za-z0-9]{2,20}$";
    public const int MaxLength = 30;

    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && OrgIdRegex().IsMatch(value);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex OrgIdRegex();
}
