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
        CharityPart.Participants => "/participants",
        CharityPart.Leadership => "/leadership",
        CharityPart.Plan => "/plan",
        CharityPart.Evidence => "/evidence",
        CharityPart.Inbox => "/inbox",
        CharityPart.Grants => "/grants",
        CharityPart.Sharing => "/sharing",
        CharityPart.Members => "/members",
        CharityPart.Audit => "/audit",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    public static string LabelOf(CharityPart part) => part switch
    {
        CharityPart.JourneyMap => Words.T("Journey map"),
        CharityPart.Timeline => Words.T("Timeline"),
        CharityPart.Progress => Words.T("Progress between dates"),
        CharityPart.CheckIns => Words.T("Check-in"),
        CharityPart.Participants => Words.T("Who takes part"),
        CharityPart.Leadership => Words.T("Leadership"),
        CharityPart.Plan => Words.T("Resourcing plan"),
        CharityPart.Evidence => Words.T("Evidence"),
        CharityPart.Inbox => Words.T("Inbox"),
        CharityPart.Grants => Words.T("Grants"),
        CharityPart.Sharing => Words.T("Sharing"),
        CharityPart.Members => Words.T("Members and profile"),
        CharityPart.Audit => Words.T("Audit trail"),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The tabs <paramref name="access"/> may open, in order (none without access).</summary>
    public static IReadOnlyList<(string Path, string Label)> For(YourCharityAccess? access) =>
        [.. CharityParts.For(access).Select(p => (PathOf(p), LabelOf(p)))];

    /// <summary>The first page of the charity <paramref name="access"/> opens, as a URL; null when none.</summary>
    public static string? FirstUrl(string orgId, YourCharityAccess? access) =>
        CharityParts.For(access) is [var first, ..] ? $"/charities/{orgId}{PathOf(first)}" : null;
}
