using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class InboxTests
{
    private static readonly FunderRef Trust = new("GB-CHC-7000001", "Northern Lights Community Trust");

    private static InboxItemNotice Notice(string source = "f1", InboxItemKind kind = InboxItemKind.FeedbackGiven, string link = "/charities/x/feedback") =>
        new(kind, Trust, "Feedback: well done", link, source);

    private static InboxReadState Read(InboxReadState reads, CharityState state, string itemId, string subject)
    {
        foreach (var e in InboxRules.MarkRead(state, reads, itemId, subject))
            reads.Apply(e, T0);
        return reads;
    }

    [Fact]
    public void AnItemToldTwiceIsKeptOnceUnderAnIdMadeFromWhatItIsAbout()
    {
        var state = Registered().With(s => CharityDecisions.ReceiveInboxItem(s, Notice()));

        Assert.Empty(CharityDecisions.ReceiveInboxItem(state, Notice()));
        var item = Assert.Single(state.Inbox);
        Assert.Equal(InboxLinks.ItemId(InboxItemKind.FeedbackGiven, Trust.OrgId, "f1"), item.Id);
        Assert.Matches("^[0-9a-f]{32}$", item.Id);
        Assert.Equal((1L, Trust, T0), (item.Position, item.From, item.At));
        Assert.Equal("Northern Lights Community Trust", state.Funder(Trust.OrgId).Name);
        // The same source as another kind, or from another funder, is another item.
        Assert.Single(CharityDecisions.ReceiveInboxItem(state, Notice(kind: InboxItemKind.SupportOffered)));
        Assert.Single(CharityDecisions.ReceiveInboxItem(state, Notice() with { From = Trust with { OrgId = "GB-CHC-7000002" } }));
    }

    [Theory]
    [InlineData("https://elsewhere.example/phish")]
    [InlineData("//elsewhere.example/phish")]
    [InlineData("/\\elsewhere")]
    [InlineData("/charities/x/plan with space")]
    [InlineData("")]
    public void ALinkIsAPagePathOfThePortalOrTheItemIsRefused(string link) =>
        Assert.Equal(["link"], Assert.Throws<DomainValidationException>(() => CharityDecisions.ReceiveInboxItem(Registered(), Notice(link: link))).Errors.Keys);

    [Fact]
    public void ANoticeWithoutTitleSourceOrAProperFunderIsRefusedNamingEach()
    {
        var notice = new InboxItemNotice((InboxItemKind)99, new FunderRef("nope", " "), " ", "/x", "");
        Assert.Equal(["from.name", "from.orgId", "kind", "sourceId", "title"],
            Assert.Throws<DomainValidationException>(() => CharityDecisions.ReceiveInboxItem(Registered(), notice)).Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachMemberMarksItemsReadForThemselves()
    {
        var state = Registered().With(s => CharityDecisions.ReceiveInboxItem(s, Notice("f1"))).With(s => CharityDecisions.ReceiveInboxItem(s, Notice("f2")));
        var first = state.Inbox[0].Id;
        var reads = Read(new InboxReadState(), state, first, "alice");

        Assert.Equal(1, InboxRules.UnreadCount(state, reads, "alice"));
        Assert.Equal(2, InboxRules.UnreadCount(state, reads, "bob"));
        Assert.Equal([false, true], InboxRules.Page(state, reads, "alice", false, null, 50).Items.Select(i => i.Read));
        Assert.Equal([false, false], InboxRules.Page(state, reads, "bob", false, null, 50).Items.Select(i => i.Read));
        // Marking again changes nothing; an item the inbox does not hold is not found.
        Assert.Empty(InboxRules.MarkRead(state, reads, first, "alice"));
        Assert.Throws<NotFoundException>(() => InboxRules.MarkRead(state, reads, "nope", "alice"));
    }

    [Fact]
    public void TheInboxIsNewestFirstAndUnreadOnlyLeavesOutWhatTheMemberRead()
    {
        var state = Registered();
        for (var i = 1; i <= 5; i++)
            state = state.With(s => CharityDecisions.ReceiveInboxItem(s, Notice($"f{i}") with { Title = $"Item {i}" }));
        var reads = Read(new InboxReadState(), state, state.Inbox[3].Id, "alice");

        var page = InboxRules.Page(state, reads, "alice", unreadOnly: true, after: null, limit: 2);
        Assert.Equal(["Item 5", "Item 3"], page.Items.Select(i => i.Title));
        Assert.Equal((4, (long?)3), (page.UnreadCount, page.Next));
        var rest = InboxRules.Page(state, reads, "alice", unreadOnly: true, after: page.Next, limit: 2);
        Assert.Equal(["Item 2", "Item 1"], rest.Items.Select(i => i.Title));
        Assert.Null(rest.Next);
        Assert.Equal(5, InboxRules.Page(state, reads, "alice", unreadOnly: false, after: null, limit: 50).Items.Count);
    }

    [Fact]
    public void ALongTextIsCutToItsFirstWordsForATitle()
    {
        Assert.Equal("Short and sweet", InboxLinks.Snippet("  Short\nand   sweet "));
        var snippet = InboxLinks.Snippet(new string('a', 100));
        Assert.Equal(81, snippet.Length);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }
}
