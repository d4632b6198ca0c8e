namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>Everything funders did towards the charity, in arrival order.</summary>
    public List<InboxItem> Inbox { get; set; } = [];

    /// <summary>Each funder's name as it last told the charity (with an item, feedback, a pledge or a grant).</summary>
    public Dictionary<string, string> FunderNames { get; set; } = new(StringComparer.Ordinal);

    public InboxItem? FindInboxItem(string id) => Inbox.Find(i => i.Id == id);

    /// <summary>The funder by name when the charity has heard it, else by org-id (older records carry no name).</summary>
    public FunderRef Funder(string funderOrgId) => new(funderOrgId, FunderNames.GetValueOrDefault(funderOrgId, funderOrgId));

    partial void ApplyInbox(CharityEvent change, DateTimeOffset recordedAt)
    {
        if (change is not InboxItemReceived e)
            return;
        Inbox.Add(new InboxItem(e.ItemId, Inbox.Count + 1, e.Kind, recordedAt, new FunderRef(e.FunderOrgId, e.FunderName), e.Title, e.Link, e.SourceId, e.TitlePhrase));
        FunderNames[e.FunderOrgId] = e.FunderName;
    }
}
