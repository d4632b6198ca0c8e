using System.Text.RegularExpressions;

namespace FunderPortal.Funders;

/// <summary>
/// 360Giving identifiers: a funder's prefix (issued by 360Giving, always starting <c>360G-</c>) then the
/// funder's own id for the grant, so every published grant id is unique across all publishers.
/// </summary>
public static partial class OpenGrantIds
{
    public const string PrefixPattern = "^360G-[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$";
    public const int PrefixMaxLength = 60;

    /// <summary>The vocabulary under which each grant's <see cref="GrantType"/> is published as a 360Giving classification.</summary>
    public const string GrantTypeVocabulary = "FunderPortal grant type";

    public static bool IsValidPrefix(string? prefix) =>
        prefix is not null && prefix.Length <= PrefixMaxLength && PrefixRegex().IsMatch(prefix);

    /// <summary>The published id of a grant: <c>{prefix}-{grantId}</c>.</summary>
    public static string For(string prefix, string grantId) => $"{prefix}-{grantId}";

    [GeneratedRegex(PrefixPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();
}
