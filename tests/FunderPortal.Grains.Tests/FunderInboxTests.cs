using System.Diagnostics;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// What funders do towards a charity reaches it through the outbox, once, whatever fails on the way: feedback and offers
/// (and the charity's replies going back), grants committing money to the plan, pledges offered and withdrawn.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FunderInboxTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);

    private async Task<IFunderGrain> FunderAsync(string name = "Northern Lights Community Trust")
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, name, FunderType.Trust, null), "fiona");
        return funder;
    }

    private async Task<ICharityGrain> CharityAsync()
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(new RegisterCharity(orgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        await charity.SetMemberAsync("vic", MemberRole.Viewer, "alice");
        return charity;
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Within, $"Not delivered within {Within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    private static async Task<IReadOnlyList<InboxItemView>> InboxAsync(ICharityGrain charity, string subject = "alice") =>
        (await charity.GetInboxAsync(false, null, Paging.MaxLimit, subject)).Items;

    [Fact]
    public async Task FeedbackWhoseInboxNoticeFailsItsFirstCallsStillArrivesOnce()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var orgId = charity.GetPrimaryKeyString();
        FaultyCalls.Fail(orgId, nameof(ICharityGrain.ReceiveInboxItemAsync), times: 2);

        var feedback = await funder.GiveFeedbackAsync(new GiveFeedback(orgId, FeedbackKind.SupportOffer, "We can introduce you to a payroll bureau."), "fiona");

        await Eventually(async () => (await InboxAsync(charity)).Count > 0);
        Assert.Equal(0, FaultyCalls.Remaining(orgId, nameof(ICharityGrain.ReceiveInboxItemAsync)));
        var item = Assert.Single(await InboxAsync(charity));
        Assert.Equal((InboxItemKind.SupportOffered, "Northern Lights Community Trust", false), (item.Kind, item.From.Name, item.Read));
        Assert.Equal($"/charities/{orgId}/feedback/{funder.GetPrimaryKeyString()}/{feedback.Id}", item.Link);
        Assert.Single((await charity.GetFeedbackFromFundersAsync(null, 50, "alice")).Items);
        // Told again (as at the funder's next activation): still one item, one piece of feedback.
        await charity.ReceiveInboxItemAsync(FunderNotices.FeedbackItem(new FunderRef(funder.GetPrimaryKeyString(), "Northern Lights Community Trust"), feedback));
        Assert.Single(await InboxAsync(charity));
    }

    [Fact]
    public async Task EachMemberMarksTheirOwnItemsReadAndTheMarksSurviveTheGrainsDeactivation()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        await funder.GiveFeedbackAsync(new GiveFeedback(charity.GetPrimaryKeyString(), FeedbackKind.Feedback, "Well done."), "fiona");
        var item = Assert.Single(await InboxAsync(charity));

        await charity.MarkInboxItemReadAsync(item.Id, "vic");
        await charity.MarkInboxItemReadAsync(item.Id, "vic");
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal((0, 1), (await charity.GetInboxUnreadCountAsync("vic"), await charity.GetInboxUnreadCountAsync("alice")));
        Assert.True(Assert.Single(await InboxAsync(charity, "vic")).Read);
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetInboxAsync(false, null, 50, "fiona"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.MarkInboxItemReadAsync(item.Id, "fiona"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.MarkInboxItemReadAsync("nope", "alice"));
    }

    [Fact]
    public async Task ACharitysReplyReachesTheFunderOnceEvenWhenTheFunderFailsItsFirstCalls()
    {
        var funder = await FunderAsync();
        var funderOrgId = funder.GetPrimaryKeyString();
        var charity = await CharityAsync();
        var feedback = await funder.GiveFeedbackAsync(new GiveFeedback(charity.GetPrimaryKeyString(), FeedbackKind.Feedback, "Your map is the report."), "fiona");
        FaultyCalls.Fail(funderOrgId, nameof(IFunderGrain.ReceiveFeedbackReplyAsync), times: 2);

        await Assert.ThrowsAsync<ForbiddenException>(() => charity.ReplyToFeedbackAsync(funderOrgId, feedback.Id, "Thanks", "vic"));
        var reply = await charity.ReplyToFeedbackAsync(funderOrgId, feedback.Id, "Thank you: the board read it.", "alice");

        await Eventually(async () => (await funder.GetFeedbackItemAsync(feedback.Id, "fiona")).Replies is { Count: > 0 });
        Assert.Equal(reply, Assert.Single((await funder.GetFeedbackItemAsync(feedback.Id, "fiona")).Replies!));
        Assert.Equal(0, FaultyCalls.Remaining(funderOrgId, nameof(IFunderGrain.ReceiveFeedbackReplyAsync)));
        // Another charity cannot answer feedback it was never given.
        await Assert.ThrowsAsync<NotFoundException>(() => funder.ReceiveFeedbackReplyAsync(Keys.NewOrgId(), feedback.Id, reply));
    }

    [Fact]
    public async Task AGrantNamingPlanLinesCommitsItsMoneyOnceEvenWhenItsNoteArrivesTwice()
    {
        var funder = await FunderAsync();
        var funderOrgId = funder.GetPrimaryKeyString();
        var charity = await CharityAsync();
        var orgId = charity.GetPrimaryKeyString();
        var a = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator", 2, "days", 20_000, Today, Today), "alice");
        var b = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.Other, "Hall hire", 1, "day", 50_000, Today, Today), "alice");
        FaultyCalls.Fail(orgId, nameof(ICharityGrain.NoteFunderGrantAsync), times: 1);

        var grant = await funder.RecordGrantAsync(new RecordGrant(orgId, null, "Paid co-design", "Paying people", 100_000, Today, Today,
            Today.AddYears(1), GrantType.Development, null, [a.Id, "not-a-line", b.Id], []), "fiona");

        await Eventually(async () => (await charity.GetGrantsFromFundersAsync(null, 50, "alice")).Items.Count > 0);
        await charity.NoteFunderGrantAsync(FunderNotices.GrantNotice(new FunderRef(funderOrgId, "Northern Lights Community Trust"), grant));
        var kept = Assert.Single((await charity.GetGrantsFromFundersAsync(null, 50, "alice")).Items);
        Assert.Equal((90_000L, 10_000L), (kept.CommittedPence, kept.UnallocatedPence));
        var summary = await charity.GetResourcingSummaryAsync(null, "alice");
        Assert.Equal((90_000L, 0L), (summary.Plan.FundedPence, summary.Plan.GapPence));
        var committed = Assert.Single((await charity.GetResourcingLineAsync(a.Id, "alice")).Funding);
        Assert.Equal((FundingKind.Committed, "Northern Lights Community Trust", funderOrgId), (committed.Kind, committed.FunderName, committed.FunderOrgId));
        await Eventually(async () => (await InboxAsync(charity)).Any(i => i.Kind == InboxItemKind.GrantRecorded));
        Assert.Single(await InboxAsync(charity), i => i.Kind == InboxItemKind.GrantRecorded);
    }

    [Fact]
    public async Task AFunderWithdrawsItsPledgeWhileOfferedAndNotAfter()
    {
        var funder = await FunderAsync();
        var funderOrgId = funder.GetPrimaryKeyString();
        await funder.SetMemberAsync("victor", MemberRole.Viewer, "fiona");
        var charity = await CharityAsync();
        var orgId = charity.GetPrimaryKeyString();
        await charity.ShareAsync(funderOrgId, [ShareScope.Resourcing], null, "alice");
        var line = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator", 4, "days", 30_000, Today, Today), "alice");
        var first = await funder.OfferPledgeAsync(orgId, line.Id, 60_000, null, "fiona");
        var second = await funder.OfferPledgeAsync(orgId, line.Id, 10_000, null, "fiona");
        await charity.AcceptPledgeAsync(line.Id, second.Id, "alice");

        await Assert.ThrowsAsync<ForbiddenException>(() => funder.WithdrawPledgeAsync(first.Id, "victor"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.WithdrawPledgeAsync("nope", "fiona"));
        var withdrawn = await funder.WithdrawPledgeAsync(first.Id, "fiona");

        Assert.Equal(new PledgeOutcome(first.Id, orgId, line.Id, 60_000, PledgeStatus.Withdrawn), withdrawn);
        await Assert.ThrowsAsync<ConflictException>(() => funder.WithdrawPledgeAsync(first.Id, "fiona"));
        await Assert.ThrowsAsync<ConflictException>(() => funder.WithdrawPledgeAsync(second.Id, "fiona"));
        var pledges = (await charity.GetResourcingLineAsync(line.Id, "alice")).Pledges;
        Assert.Equal([PledgeStatus.Withdrawn, PledgeStatus.Accepted], pledges.Select(p => p.Status));
        Assert.All(pledges, p => Assert.Equal("Northern Lights Community Trust", p.FunderName));
        Assert.Equal([InboxItemKind.PledgeWithdrawn, InboxItemKind.PledgeOffered, InboxItemKind.PledgeOffered],
            (await InboxAsync(charity)).Select(i => i.Kind));
    }
}
