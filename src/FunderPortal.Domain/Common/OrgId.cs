using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace FunderPortal.Common;

/// <summary>
/// Org-id identifiers as used by 360Giving: country, register, identifier (GB-CHC-1234567). The one check of an org-id:
/// the API, the web portal and the rules all ask here, and all say the same when one is not.
/// </summary>
public static partial class OrgId
{
    public const string Pattern = "^[A-Z]{2}-[A-Z]{2,6}-[A-Za-z0-9]{2,20}$";
    public const int MaxLength = 30;

    /// <summary>What a person is told when what they typed is not an org-id.</summary>
    public const string NotAnOrgId = "Not an org-id: use the form GB-CHC-1234567 (country, register, identifier).";

    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && OrgIdRegex().IsMatch(value);

    /// <summary>Adds <see cref="NotAnOrgId"/> under <paramref name="field"/> unless <paramref name="value"/> is an org-id.</summary>
    public static bool Check(ErrorBag errors, string field, [NotNullWhen(true)] string? value)
    {
        if (IsValid(value))
            return true;
        errors.Add(field, NotAnOrgId);
        return false;
    }

    /// <summary>The org-id, or a validation error (400) on <paramref name="field"/>: for an org-id a person typed in.</summary>
    public static string Require(string? value, string field = "orgId") =>
        IsValid(value) ? value : throw DomainValidationException.For(field, NotAnOrgId);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex OrgIdRegex();
}
