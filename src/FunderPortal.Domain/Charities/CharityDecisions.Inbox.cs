using FunderPortal.Common;

namespace FunderPortal.Charities;

// The inbox's rules. An item's id is made from what it is about, so a notice told twice (the outbox sends at least once)
// keeps one item.
public static partial class CharityDecisions
{
    /// <summary>The item, unless the charity already holds it (then nothing); a notice that makes no sense is refused (400).</summary>
    public static IReadOnlyList<CharityEvent> ReceiveInboxItem(CharityState state, InboxItemNotice notice)
    {
        var errors = new ErrorBag();
        errors.Defined("kind", (InboxItemKind?)notice.Kind);
        OrgId.Check(errors, "from.orgId", notice.From.OrgId);
        errors.RequireText("from.name", notice.From.Name, Limits.Name);
        errors.RequireText("title", notice.Title, InboxLimits.Title);
        errors.RequireText("sourceId", notice.SourceId, InboxLimits.SourceId);
        if (!InboxLinks.IsPagePath(notice.Link))
            errors.Add("link", "A path of a page in the portal, starting with one /.");
        errors.ThrowIfAny();

        var id = InboxLinks.ItemId(notice.Kind, notice.From.OrgId, notice.SourceId);
        return state.FindInboxItem(id) is null
            ? [new InboxItemReceived(id, notice.Kind, notice.From.OrgId, notice.From.Name.Trim(), notice.Title.Trim(), notice.Link, notice.SourceId, notice.TitlePhrase)]
            : [];
    }
}
