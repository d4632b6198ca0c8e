using FunderPortal.Charities;

namespace FunderPortal.Web.Common;

/// <summary>
/// Where each part of a charity lives in the portal and what its tab says. Which tabs a person sees is the domain's
/// <see cref="CharityParts"/>: the rule the charity grain's reads follow, so a tab shown never refuses.
/// </summary>
public static class CharityTabs
{
    public static string PathOf(CharityPart part) => part switch
    {
        CharityPart.JourneyMap => "",
        CharityPart.Timeline => "/timeline",
        CharityPart.Progress => "/progress",
        CharityPart.CheckIns => "/check-in",
        CharityPart.Plan => "/plan",
        CharityPart.Evidence => "/evidence",
        CharityPart.Inbox => "/inbox",
        CharityPart.Grants => "/grants",
        CharityPart.Sharing => "/sharing",
        CharityPart.Members => "/members",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    public static string LabelOf(CharityPart part) => part switch
    {
        CharityPart.JourneyMap => "Journey map",
        CharityPart.Timeline => "Timeline",
        CharityPart.Progress => "Progress between dates",
        CharityPart.CheckIns => "Check-in",
        CharityPart.Plan => "Resourcing plan",
        CharityPart.Evidence => "Evidence",
        CharityPart.Inbox => "Inbox",
        CharityPart.Grants => "Grants",
        CharityPart.Sharing => "Sharing",
        CharityPart.Members => "Members and profile",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The tabs <paramref name="access"/> may open, in order (none without access).</summary>
    public static IReadOnlyList<(string Path, string Label)> For(YourCharityAccess? access) =>
        [.. CharityParts.For(access).Select(p => (PathOf(p), LabelOf(p)))];

    /// <summary>The first page of the charity <paramref name="access"/> opens, as a URL; null when none.</summary>
    public static string? FirstUrl(string orgId, YourCharityAccess? access) =>
        CharityParts.For(access) is [var first, ..] ? $"/charities/{orgId}{PathOf(first)}" : null;
}
