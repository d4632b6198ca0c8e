using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// The charity's rules as pure functions: given the current state and a request, either the events that record it or an
/// exception that refuses it. Access is checked by the caller (<see cref="OrganisationAccess"/>). Members and verification
/// are decided as every organisation's are (<see cref="Memberships"/>, <see cref="VerificationRules"/>); each feature's
/// rules are in a file of its own (CharityDecisions.&lt;Feature&gt;.cs).
/// </summary>
public static partial class CharityDecisions
{
    private static string[] CleanTags(IReadOnlyList<string> tags) =>
        [.. tags.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>The new required text when it differs, else null (no change).</summary>
    private static string? Differs(string current, string? update) =>
        update is null || update == current ? null : update;

    /// <summary>The new optional text when it differs ("" clears), else null (no change).</summary>
    private static string? DiffersOptional(string? current, string? update)
    {
        if (update is null)
            return null;
        var cleaned = Text.Clean(update);
        return cleaned == current ? null : cleaned ?? "";
    }
}
