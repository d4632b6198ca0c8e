using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;
using static FunderPortal.Domain.Tests.ResourcingLines;

namespace FunderPortal.Domain.Tests;

public class PledgeWithdrawalTests
{
    private const string Funder = "GB-CHC-7000001";

    private static CharityState Pledged() => Registered().WithLine("l1", Line()).WithPledge("l1", "p1", 5_000, Funder);

    [Fact]
    public void AnOfferedPledgeIsInTheInboxByTheFundersName()
    {
        var item = Assert.Single(Pledged().Inbox);

        Assert.Equal((InboxItemKind.PledgeOffered, "Trust", "p1"), (item.Kind, item.From.Name, item.SourceId));
        Assert.Equal("Pledge of £50.00 towards Coordinator time", item.Title);
        Assert.Equal($"/charities/{Charities.OrgId}/plan#line-l1", item.Link);
    }

    [Fact]
    public void AFunderWithdrawsAnOfferTheCharityHasNotAnsweredAndTheInboxSaysSo()
    {
        var state = Pledged().With(s => CharityDecisions.WithdrawPledge(s, "l1", "p1", Funder));

        var pledge = state.FindResourcingLine("l1")!.FindPledge("p1")!;
        Assert.Equal((PledgeStatus.Withdrawn, T0), (pledge.Status, pledge.DecidedAt));
        Assert.Equal(0, state.AmountsOf("l1").OfferedPence);
        Assert.Equal([InboxItemKind.PledgeOffered, InboxItemKind.PledgeWithdrawn], state.Inbox.Select(i => i.Kind));
        Assert.EndsWith("withdrawn", state.Inbox[1].Title, StringComparison.Ordinal);
        Assert.Throws<ConflictException>(() => CharityDecisions.AcceptPledge(state, "l1", "p1"));
        Assert.Throws<ConflictException>(() => CharityDecisions.DeclinePledge(state, "l1", "p1"));
    }

    [Fact]
    public void APledgeAcceptedDeclinedOrWithdrawnAlreadyCannotBeWithdrawn()
    {
        var accepted = Pledged().With(s => CharityDecisions.AcceptPledge(s, "l1", "p1"));
        var declined = Pledged().With(s => CharityDecisions.DeclinePledge(s, "l1", "p1"));
        var withdrawn = Pledged().With(s => CharityDecisions.WithdrawPledge(s, "l1", "p1", Funder));

        foreach (var state in new[] { accepted, declined, withdrawn })
            Assert.Throws<ConflictException>(() => CharityDecisions.WithdrawPledge(state, "l1", "p1", Funder));
    }

    [Fact]
    public void OnlyTheFunderThatOfferedItWithdrawsItEvenFromALineSinceWithdrawn()
    {
        var state = Pledged();
        Assert.Throws<NotFoundException>(() => CharityDecisions.WithdrawPledge(state, "l1", "p1", "GB-CHC-7000002"));
        Assert.Throws<NotFoundException>(() => CharityDecisions.WithdrawPledge(state, "l2", "p1", Funder));

        state = state.With(s => CharityDecisions.WithdrawResourcingLine(s, "l1")).With(s => CharityDecisions.WithdrawPledge(s, "l1", "p1", Funder));
        Assert.Equal(PledgeStatus.Withdrawn, state.FindLineEvenWithdrawn("l1")!.FindPledge("p1")!.Status);
    }
}
