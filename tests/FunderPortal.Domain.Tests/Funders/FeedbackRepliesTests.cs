using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using static FunderPortal.Domain.Tests.Funders.FunderStates;

namespace FunderPortal.Domain.Tests.Funders;

public class FeedbackRepliesTests
{
    private const string Charity = "GB-CHC-1234567";

    private static FunderState WithFeedback(FeedbackKind kind = FeedbackKind.Feedback) =>
        Registered().With(s => FunderDecisions.GiveFeedback(s, "fb1", new GiveFeedback(Charity, kind, "Your map is the report."), "fiona"));

    [Fact]
    public void TheCharitysReplyIsKeptOnceBesideTheFeedback()
    {
        var reply = new FeedbackReply("r1", "Thank you", "alice", T0.AddHours(1));
        var state = WithFeedback().With(s => FunderDecisions.ReceiveFeedbackReply(s, Charity, "fb1", reply));

        Assert.Empty(FunderDecisions.ReceiveFeedbackReply(state, Charity, "fb1", reply));
        Assert.Equal([reply], state.FindFeedback("fb1")!.Replies!);
    }

    [Fact]
    public void OnlyTheCharityTheFeedbackWasGivenToReplies()
    {
        var reply = new FeedbackReply("r1", "Thank you", "mallory", T0);
        Assert.Throws<NotFoundException>(() => FunderDecisions.ReceiveFeedbackReply(WithFeedback(), "GB-CHC-7654000", "fb1", reply));
        Assert.Throws<NotFoundException>(() => FunderDecisions.ReceiveFeedbackReply(WithFeedback(), Charity, "fb2", reply));
    }

    [Fact]
    public void FeedbackAndOffersReachTheCharitysInboxLinkedToWhereItReplies()
    {
        var funder = new FunderRef(FunderStates.OrgId, "Hope Trust");
        var feedback = WithFeedback().FindFeedback("fb1")!;
        var offer = WithFeedback(FeedbackKind.SupportOffer).FindFeedback("fb1")!;

        Assert.Equal((InboxItemKind.FeedbackGiven, "Feedback: Your map is the report.", $"/charities/{Charity}/feedback/{FunderStates.OrgId}/fb1", "fb1"),
            (FunderNotices.FeedbackItem(funder, feedback).Kind, FunderNotices.FeedbackItem(funder, feedback).Title,
                FunderNotices.FeedbackItem(funder, feedback).Link, FunderNotices.FeedbackItem(funder, feedback).SourceId));
        Assert.Equal(InboxItemKind.SupportOffered, FunderNotices.FeedbackItem(funder, offer).Kind);
        Assert.Empty(FunderNotices.FeedbackNotes([feedback with { CharityOrgId = "not an org-id" }]));
    }

    [Fact]
    public void APledgeIsKeptOnceSoTheFunderFindsItToWithdraw()
    {
        var pledge = new Pledge("p1", FunderStates.OrgId, 5_000, null, PledgeStatus.Offered, T0, "fiona");
        var state = Registered().With(s => FunderDecisions.MakePledge(s, pledge, Charity, "l1"));

        Assert.Empty(FunderDecisions.MakePledge(state, pledge, Charity, "l1"));
        Assert.Equal(new FunderPledge("p1", Charity, "l1", 5_000, T0), FunderDecisions.RequirePledge(state, "p1"));
        Assert.Throws<NotFoundException>(() => FunderDecisions.RequirePledge(state, "p2"));
    }
}
