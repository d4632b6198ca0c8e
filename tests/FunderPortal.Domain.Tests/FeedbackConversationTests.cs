using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class FeedbackConversationTests
{
    private static readonly FunderRef Trust = new("GB-CHC-7000001", "Northern Lights Community Trust");

    private static FeedbackNotice Feedback(string id = "fb1", FunderRef? from = null) =>
        new(from ?? Trust, id, FeedbackKind.SupportOffer, "We can introduce you to a payroll bureau.", T0);

    [Fact]
    public void FeedbackToldTwiceIsKeptOnceFromEachFunder()
    {
        var state = Registered().With(s => CharityDecisions.ReceiveFeedback(s, Feedback()));

        Assert.Empty(CharityDecisions.ReceiveFeedback(state, Feedback()));
        Assert.Single(CharityDecisions.ReceiveFeedback(state, Feedback(from: Trust with { OrgId = "GB-CHC-7000002" })));
        var kept = Assert.Single(state.FeedbackFromFunders);
        Assert.Equal((Trust, FeedbackKind.SupportOffer, 1L), (kept.From, kept.Kind, kept.Position));
        Assert.Empty(kept.Replies);
    }

    [Fact]
    public void AMemberRepliesAndTheReplyIsOwedToThatFunderAlone()
    {
        var state = Registered().With(s => CharityDecisions.ReceiveFeedback(s, Feedback()));
        var events = CharityDecisions.ReplyToFeedback(state, Trust.OrgId, "fb1", "r1", "  Thank you, yes please. ", "alice");
        state = state.With(_ => events);

        Assert.Equal(new FeedbackReply("r1", "Thank you, yes please.", "alice", T0), Assert.Single(state.FindFeedback(Trust.OrgId, "fb1")!.Replies));
        var notice = Assert.Single(ReplyNotices.ToFunders(state, [.. events]));
        Assert.Equal((Trust.OrgId, "fb1", "r1"), (notice.FunderOrgId, notice.FeedbackId, notice.Reply.Id));
        Assert.Empty(ReplyNotices.ToFunders(state, [new ShareRevoked("s1")]));
        Assert.Single(ReplyNotices.ToFunders(state, events: null)); // at activation, every reply again
    }

    [Fact]
    public void AReplyNeedsWordsAndFeedbackTheCharityHolds()
    {
        var state = Registered().With(s => CharityDecisions.ReceiveFeedback(s, Feedback()));

        Assert.Equal(["text"], Assert.Throws<DomainValidationException>(() => CharityDecisions.ReplyToFeedback(state, Trust.OrgId, "fb1", "r1", " ", "alice")).Errors.Keys);
        Assert.Throws<NotFoundException>(() => CharityDecisions.ReplyToFeedback(state, "GB-CHC-7000002", "fb1", "r1", "Hi", "alice"));
        Assert.Throws<NotFoundException>(() => CharityDecisions.ReplyToFeedback(state, Trust.OrgId, "fb2", "r1", "Hi", "alice"));
    }
}
