using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Funders;
using FunderPortal.Notifications;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>The notification centre's rules, and who an organisation's changes notify of what.</summary>
public class NotificationTests
{
    private static NotificationNotice Notice(string id, string link = "/charities/x/inbox") =>
        new(id, NotificationKind.FeedbackGiven, T0, $"Title {id}", "Text", link);

    private static NotificationState Holding(params string[] ids)
    {
        var state = new NotificationState();
        foreach (var id in ids)
            Apply(state, NotificationRules.Receive(state, Notice(id)));
        return state;
    }

    private static void Apply(NotificationState state, IReadOnlyList<NotificationEvent> events)
    {
        foreach (var e in events)
            state.Apply(e, T0);
    }

    [Fact]
    public void ANotificationToldTwiceIsKeptOnce()
    {
        var state = Holding("a");

        Assert.Empty(NotificationRules.Receive(state, Notice("a")));
        Assert.Equal((1L, 1), (Assert.Single(state.Items).Position, state.UnreadCount));
    }

    [Theory]
    [InlineData("https://elsewhere.example/phish")]
    [InlineData("//elsewhere.example")]
    [InlineData("")]
    public void ALinkOutsideThePortalIsRefused(string link) =>
        Assert.Equal(["link"], Assert.Throws<DomainValidationException>(() => NotificationRules.Receive(new NotificationState(), Notice("a", link))).Errors.Keys);

    [Fact]
    public void PagesAreNewestFirstWithNextNullAtTheEnd()
    {
        var state = Holding("a", "b", "c");

        var first = NotificationRules.Page(state, unreadOnly: false, after: null, limit: 2);
        Assert.Equal(["c", "b"], first.Items.Select(i => i.Id));
        Assert.Equal(2L, first.Next);
        var second = NotificationRules.Page(state, unreadOnly: false, after: first.Next, limit: 2);
        Assert.Equal(["a"], second.Items.Select(i => i.Id));
        Assert.Null(second.Next);
        Assert.Equal(3, second.UnreadCount);
    }

    [Fact]
    public void MarkingOneReadCountsAndFiltersAndAnUnknownOneIsNotFound()
    {
        var state = Holding("a", "b");
        Apply(state, NotificationRules.MarkRead(state, "a"));

        Assert.Empty(NotificationRules.MarkRead(state, "a"));
        Assert.Throws<NotFoundException>(() => NotificationRules.MarkRead(state, "nope"));
        var unread = NotificationRules.Page(state, unreadOnly: true, after: null, limit: 50);
        Assert.Equal(["b"], unread.Items.Select(i => i.Id));
        Assert.Equal(1, unread.UnreadCount);
    }

    [Fact]
    public void MarkAllReadMarksWhatIsHeldNowAndLaterOnesStayUnread()
    {
        var state = Holding("a", "b");
        Apply(state, NotificationRules.MarkAllRead(state));
        Assert.Empty(NotificationRules.MarkAllRead(state));
        Apply(state, NotificationRules.Receive(state, Notice("c")));

        Assert.Equal(1, state.UnreadCount);
        Assert.False(state.Find("c")!.Read);
        Assert.True(state.Find("a")!.Read && state.Find("b")!.Read);
    }

    [Fact]
    public void AnInboxItemNotifiesEveryMemberOnceUnderOneIdAndNobodyElse()
    {
        var state = Registered();
        state.Apply(new MemberRoleGranted("bob", MemberRole.Viewer), T0);
        var item = new InboxItemReceived("item1", InboxItemKind.PledgeOffered, "GB-CHC-7000001", "Hope Trust", "A pledge", "/charities/x/plan", "p1");
        state.Apply(item, T0);

        var notices = NotificationFanOut.FromCharity(state, [item], T0);

        Assert.Equal(["alice", "bob"], notices.Select(n => n.Subject));
        Assert.Single(notices.Select(n => n.Notice).Distinct());
        var notice = notices[0].Notice;
        Assert.Equal((NotificationKind.PledgeOffered, "A pledge", "/charities/x/plan"), (notice.Kind, notice.Title, notice.Link));
        Assert.Matches("^[0-9a-f]{32}$", notice.Id);
        // The same item told again (at activation) is the same notification.
        Assert.Equal(notices, NotificationFanOut.FromCharity(state, [item], T0.AddHours(1)).Select(n => n with { Notice = n.Notice with { At = T0 } }));
    }

    [Fact]
    public void EveryInboxKindIsANotificationKindOfTheSameName()
    {
        foreach (var kind in Enum.GetValues<InboxItemKind>())
            Assert.Equal(kind.ToString(), NotificationFanOut.KindOf(kind).ToString());
    }

    [Fact]
    public void AMemberJoiningTellsTheOthersOnceNotThemselvesNorAgainWhenTheirRoleChanges()
    {
        var state = Registered();
        var joined = new MemberRoleGranted("bob", MemberRole.Viewer);
        state.Apply(joined, T0);
        var promoted = new MemberRoleGranted("bob", MemberRole.Editor);
        state.Apply(promoted, T0);

        var first = Assert.Single(NotificationFanOut.FromCharity(state, [joined], T0));
        var again = Assert.Single(NotificationFanOut.FromCharity(state, [promoted], T0));
        Assert.Equal(("alice", NotificationKind.MemberJoined), (first.Subject, first.Notice.Kind));
        Assert.Equal(first.Notice.Id, again.Notice.Id);
    }

    [Fact]
    public void AMemberRemovedIsToldNothingAndTellsNothing()
    {
        var state = Registered();
        var joined = new MemberRoleGranted("bob", MemberRole.Viewer);
        state.Apply(joined, T0);
        state.Apply(new MemberRemoved("bob"), T0);

        Assert.Empty(NotificationFanOut.FromCharity(state, [joined], T0));
    }

    [Fact]
    public void AChangeThatConcernsNoOneNotifiesNoOne() =>
        Assert.Empty(NotificationFanOut.FromCharity(WithWorkstream(), [new WorkstreamStarted("w2", "Title", null, null, null)], T0));

    [Fact]
    public void ACharitysReplyNotifiesTheFundersMembersLinkedToItsFeedback()
    {
        var funder = FunderStates.Registered().With(s => FunderDecisions.GiveFeedback(s, "fb1", new GiveFeedback("GB-CHC-1234567", FeedbackKind.Feedback, "Well done"), "fiona"));
        funder.Apply(new FunderMemberRoleGranted("victor", MemberRole.Viewer), T0);
        var reply = new FeedbackReplyReceived("fb1", "r1", "Thank you", "alice", T0);
        funder.Apply(reply, T0);

        var notices = NotificationFanOut.FromFunder(funder, [reply], T0);

        Assert.Equal(["alice", "victor"], notices.Select(n => n.Subject));
        Assert.Equal((NotificationKind.FeedbackReplied, $"/funders/{FunderStates.OrgId}/feedback"), (notices[0].Notice.Kind, notices[0].Notice.Link));
        Assert.Contains("Thank you", notices[0].Notice.Title);
    }
}
