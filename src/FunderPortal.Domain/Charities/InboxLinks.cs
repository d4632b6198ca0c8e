using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// Where the charity acts on an inbox item (page paths of the web portal), and how an item's id is made from what it is
/// about. Pure, so the funder that tells the charity and the charity itself make the same ones.
/// </summary>
public static class InboxLinks
{
    /// <summary>32 hex digits from the kind, the funder and the source: the same notice always names the same item.</summary>
    public static string ItemId(InboxItemKind kind, string funderOrgId, string sourceId) => Ids.For($"inbox/{kind}", $"{funderOrgId}\n{sourceId}");

    /// <summary>A funder's feedback, where the charity reads it and replies.</summary>
    public static string Feedback(string charityOrgId, string funderOrgId, string feedbackId) =>
        $"/charities/{Segment(charityOrgId)}/feedback/{Segment(funderOrgId)}/{Segment(feedbackId)}";

    /// <summary>A line of the plan, where the charity accepts or declines pledges.</summary>
    public static string PlanLine(string charityOrgId, string lineId) => $"/charities/{Segment(charityOrgId)}/plan#line-{Segment(lineId)}";

    /// <summary>The grants funders told the charity of.</summary>
    public static string Grants(string charityOrgId) => $"/charities/{Segment(charityOrgId)}/grants";

    /// <summary>A funder's grant's report, as that funder sees it, where the charity reads its acknowledgements.</summary>
    public static string GrantReport(string charityOrgId, string funderOrgId, string grantId) =>
        $"/charities/{Segment(charityOrgId)}/grants/{Segment(funderOrgId)}/{Segment(grantId)}/report";

    /// <summary>A local page path: one leading slash (never "//", which would leave the portal), no spaces, not too long.</summary>
    public static bool IsPagePath(string? link) =>
        link is { Length: > 0 and <= InboxLimits.Link } && link[0] == '/' && (link.Length == 1 || (link[1] != '/' && link[1] != '\\'))
        && !link.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>The first words of a text, for an item's title.</summary>
    public static string Snippet(string text, int length = 80)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : $"{flat[..length].TrimEnd()}…";
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
