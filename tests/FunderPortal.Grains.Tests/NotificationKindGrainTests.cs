using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Funders;
using FunderPortal.Notifications;
using FunderPortal.Rounds;
using Orleans.Core.Internal;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// The notification kinds over real grains and storage: each reaches the people who should act, exactly once, by the
/// product's clock. The test moves the clock and ticks due-dates reminders as Orleans would, and deactivates grains so
/// that activation (after a restart) tells what fell due meanwhile, and a tick after it tells nothing twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NotificationKindGrainTests(ClusterFixture fixture)
{
    private static readonly TickStatus Tick = new(DateTime.UtcNow, TimeSpan.FromDays(30), DateTime.UtcNow);

    private readonly string _suffix = Guid.NewGuid().ToString("n")[..8];

    private string Person(string name) => $"{name}-{_suffix}";

    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"Not {what} in time.");
    }

    private async Task<IReadOnlyList<NotificationView>> NotificationsOfAsync(string subject, NotificationKind kind) =>
        [.. (await fixture.Grains.GetGrain<INotificationsGrain>(subject).GetPageAsync(false, null, 200)).Items.Where(n => n.Kind == kind)];

    /// <summary>Waits until each of <paramref name="subjects"/> holds <paramref name="count"/> of <paramref name="kind"/>, then that no more came.</summary>
    private async Task ToldAsync(NotificationKind kind, int count, params string[] subjects)
    {
        foreach (var subject in subjects)
            await Eventually(async () => (await NotificationsOfAsync(subject, kind)).Count >= count, $"{subject} told {count} {kind}");
        await Task.Delay(300);
        foreach (var subject in subjects)
            Assert.Equal(count, (await NotificationsOfAsync(subject, kind)).Count);
    }

    private async Task NotToldAsync(NotificationKind kind, params string[] subjects)
    {
        foreach (var subject in subjects)
            Assert.Empty(await NotificationsOfAsync(subject, kind));
    }

    private async Task SleepAsync(IAddressable grain)
    {
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await Eventually(async () => await management.GetActivationAddress(grain) is null, "deactivated");
    }

    private static Task TickAsync(IAddressable grain) => grain.AsReference<IRemindable>().ReceiveReminder(DueDateReminder.Name, Tick);

    /// <summary>Moves the product's clock forward to <paramref name="instant"/>.</summary>
    private void MoveTo(DateTimeOffset instant)
    {
        if (instant > fixture.Clock.UtcNow)
            fixture.Clock.Advance(instant - fixture.Clock.UtcNow);
    }

    private async Task<ICharityGrain> CharityAsync()
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(new RegisterCharity(orgId, "Hope Street", SizeBand.Small, ["Leeds"], [], null), Person("alice"));
        await charity.SetMemberAsync(Person("bob"), MemberRole.Viewer, Person("alice"));
        return charity;
    }

    private async Task<IFunderGrain> FunderAsync()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Northern Lights Community Trust", FunderType.Trust, null), Person("fiona"));
        await funder.SetMemberAsync(Person("victor"), MemberRole.Viewer, Person("fiona"));
        return funder;
    }

    [Fact]
    public async Task AReportDueOnTheGrantsAnniversaryReachesTheFundersAndTheCharitysMembersOnceAcrossRestarts()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var (funderOrgId, charityOrgId) = (funder.GetPrimaryKeyString(), charity.GetPrimaryKeyString());
        var start = Today.AddDays(1);
        var grant = await funder.RecordGrantAsync(new RecordGrant(charityOrgId, null, "Paying participants", "Paid co-design sessions", 1_250_000,
            Today, start, start.AddYears(1).AddDays(-1), GrantType.Project, null, [], []), Person("fiona"));
        var reminders = new SqliteReminderTable(ClusterFixture.DatabasePath);
        await Eventually(async () => await reminders.ReadRow(funder.GetGrainId(), FunderGrain.DueDatesReminder) is not null,
            "the funder's due-dates reminder in the durable reminder table");

        await TickAsync(funder); // nothing due yet
        await Task.Delay(300);
        await NotToldAsync(NotificationKind.ReportDue, Person("fiona"), Person("alice"));

        // The silo is down over the anniversary: the funder wakes up afresh and tells what fell due meanwhile.
        await SleepAsync(funder);
        MoveTo(Midnight(start.AddYears(1)).AddHours(1));
        await funder.GetProfileAsync(Person("fiona"));
        await ToldAsync(NotificationKind.ReportDue, 1, Person("fiona"), Person("victor"), Person("alice"), Person("bob"));
        Assert.Equal($"/funders/{funderOrgId}/grants/{grant.Id}/report", (await NotificationsOfAsync(Person("victor"), NotificationKind.ReportDue))[0].Link);
        Assert.Equal($"/charities/{charityOrgId}/grants/{funderOrgId}/{grant.Id}/report", (await NotificationsOfAsync(Person("bob"), NotificationKind.ReportDue))[0].Link);

        // Ticked, and woken afresh again: still once. A one-year grant has no second report.
        await TickAsync(funder);
        await SleepAsync(funder);
        await funder.GetProfileAsync(Person("fiona"));
        await TickAsync(funder);
        await ToldAsync(NotificationKind.ReportDue, 1, Person("fiona"), Person("victor"), Person("alice"), Person("bob"));
        await Eventually(async () => await reminders.ReadRow(funder.GetGrainId(), FunderGrain.DueDatesReminder) is null,
            "the reminder dropped once nothing more is to come");
    }

    [Fact]
    public async Task AShareMadeEndingAndEndedIsToldToTheFundersMembersOnlyOnceEvenWhenAMembersCentreFailsAtFirst()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var funderOrgId = funder.GetPrimaryKeyString();
        var ends = fixture.Clock.UtcNow.AddDays(10);

        await charity.ShareAsync(funderOrgId, [ShareScope.Journey, ShareScope.Evidence], ends, Person("alice"));
        await ToldAsync(NotificationKind.ShareGranted, 1, Person("fiona"), Person("victor"));
        var granted = (await NotificationsOfAsync(Person("fiona"), NotificationKind.ShareGranted))[0];
        Assert.Equal(($"/funders/{funderOrgId}/charities/{charity.GetPrimaryKeyString()}", "Hope Street shares its journey and evidence with you"),
            (granted.Link, granted.Title));

        FaultyCalls.Fail(Person("victor"), nameof(INotificationsGrain.ReceiveAsync), times: 2); // the funder's relay fails; the charity sends again
        MoveTo(ends.AddDays(-CharityDueDates.ShareDaysBefore).AddHours(1));
        await TickAsync(charity);
        await ToldAsync(NotificationKind.ShareExpiring, 1, Person("fiona"), Person("victor"));
        Assert.Equal(0, FaultyCalls.Remaining(Person("victor"), nameof(INotificationsGrain.ReceiveAsync)));

        // Down when the share ends: the charity wakes up afresh and tells it.
        await SleepAsync(charity);
        MoveTo(ends.AddHours(1));
        await charity.GetProfileAsync(Person("alice"));
        await ToldAsync(NotificationKind.ShareExpired, 1, Person("fiona"), Person("victor"));
        await TickAsync(charity);
        await ToldAsync(NotificationKind.ShareExpired, 1, Person("fiona"), Person("victor"));
        await ToldAsync(NotificationKind.ShareExpiring, 1, Person("fiona"), Person("victor"));

        foreach (var kind in new[] { NotificationKind.ShareGranted, NotificationKind.ShareExpiring, NotificationKind.ShareExpired })
            await NotToldAsync(kind, Person("alice"), Person("bob"));
    }

    [Fact]
    public async Task ALinkAboutToExpireUnansweredIsToldToTheCharitysMembersOnceAndNeverToAFunder()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey, ShareScope.Evidence], null, Person("alice"));
        var workstream = (await charity.StartWorkstreamAsync(new StartWorkstream("Peer support", null, null, null), Person("alice"))).Id;
        var evidence = await charity.RecordEvidenceAsync(new EvidenceInput(EvidenceKind.MeetingNote, "Members chose the new worker", null, workstream,
            null, null, null, null, Visibility.SharedWithFunders, Sensitivity.Standard, new Consent(ConsentScope.SharedWithFunders, null), null), Person("alice"));
        var links = await charity.RequestAttestationsAsync(evidence.Id, ["p-river", "p-oak"], Person("alice"));

        MoveTo(links[0].ExpiresAt.AddDays(-CharityDueDates.AttestationDaysBefore).AddHours(1));
        await TickAsync(charity);
        await ToldAsync(NotificationKind.AttestationLinkExpiring, 1, Person("alice"), Person("bob"));
        var told = (await NotificationsOfAsync(Person("bob"), NotificationKind.AttestationLinkExpiring))[0];
        Assert.Equal($"/charities/{charity.GetPrimaryKeyString()}/evidence/{evidence.Id}", told.Link);
        Assert.DoesNotContain("p-river", told.Title + told.Text);

        await SleepAsync(charity);
        await TickAsync(charity);
        await ToldAsync(NotificationKind.AttestationLinkExpiring, 1, Person("alice"), Person("bob"));
        await NotToldAsync(NotificationKind.AttestationLinkExpiring, Person("fiona"), Person("victor"));
    }

    [Fact]
    public async Task APledgeAnsweredIsToldToThePledgingFundersMembersOnce()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Resourcing], null, Person("alice"));
        var line = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator time", 10, "days", 10_000,
            Today, Today.AddYears(1)), Person("alice"));
        var pledge = await funder.OfferPledgeAsync(charity.GetPrimaryKeyString(), line.Id, 50_000, null, Person("fiona"));

        await charity.AcceptPledgeAsync(line.Id, pledge.Id, Person("alice"));

        await ToldAsync(NotificationKind.PledgeAnswered, 1, Person("fiona"), Person("victor"));
        Assert.Equal("Hope Street accepted your pledge of £500.00", (await NotificationsOfAsync(Person("fiona"), NotificationKind.PledgeAnswered))[0].Title);
        await SleepAsync(charity);
        await charity.GetProfileAsync(Person("alice"));
        await ToldAsync(NotificationKind.PledgeAnswered, 1, Person("fiona"), Person("victor"));
        await NotToldAsync(NotificationKind.PledgeAnswered, Person("alice"), Person("bob"));
    }

    [Fact]
    public async Task ARoundTellsItsPanelAndApplicantsOfPhasesTheScoringDeadlineAndDecisionsOnce()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var other = fixture.Grains.GetGrain<ICharityGrain>(Keys.NewOrgId()); // a charity that did not apply
        await other.RegisterAsync(new RegisterCharity(other.GetPrimaryKeyString(), "Calm Harbour", SizeBand.Small, [], [], null), Person("olga"));
        var scoringEnds = Today.AddDays(10);
        var round = fixture.Grains.GetGrain<IGrantRoundGrain>(Guid.NewGuid().ToString("n"));
        await round.CreateAsync(funder.GetPrimaryKeyString(), RoundGrainTests.Details() with
        {
            Timetable = new Timetable(Today, Today.AddDays(1), scoringEnds, scoringEnds.AddDays(7)),
        }, Person("fiona"));
        await round.AcceptInvitationAsync((await round.InviteAsync(null, Person("fiona"))).Token, Person("pat"), null);
        await round.AcceptInvitationAsync((await round.InviteAsync(null, Person("fiona"))).Token, null, null); // by the link alone
        await round.MoveToAsync(RoundPhase.Open, Person("fiona"));
        var application = await round.SubmitApplicationAsync(new SubmitApplication(charity.GetPrimaryKeyString(), 200_000, "Peer mentors", null, false), Person("alice"));

        await round.MoveToAsync(RoundPhase.Scoring, Person("fiona"));
        await ToldAsync(NotificationKind.RoundPhaseChanged, 2, Person("pat")); // open, then scoring
        await ToldAsync(NotificationKind.RoundPhaseChanged, 1, Person("alice"), Person("bob")); // scoring, about their application
        Assert.Equal($"/rounds/{round.GetPrimaryKeyString()}/applications/{application.Id}",
            (await NotificationsOfAsync(Person("bob"), NotificationKind.RoundPhaseChanged))[0].Link);
        await NotToldAsync(NotificationKind.RoundPhaseChanged, Person("olga"), Person("fiona"));

        // Three days before the deadline, while the round is down: told on waking. A tick after tells nothing twice.
        await SleepAsync(round);
        MoveTo(Midnight(scoringEnds.AddDays(-3)).AddHours(1));
        await round.GetAsync(Person("pat"));
        await ToldAsync(NotificationKind.ScoringDeadline, 1, Person("pat"));
        Assert.EndsWith("you have 1 application left to score.", (await NotificationsOfAsync(Person("pat"), NotificationKind.ScoringDeadline))[0].Text);
        await TickAsync(round);
        await ToldAsync(NotificationKind.ScoringDeadline, 1, Person("pat"));

        // One day before, with the sheet scored: nothing left, nothing told.
        await round.SubmitScoresAsync(application.Id, new SubmitScores(new Dictionary<string, int> { ["c1"] = 3 }, null, null), Person("pat"));
        MoveTo(Midnight(scoringEnds.AddDays(-1)).AddHours(1));
        await TickAsync(round);
        await ToldAsync(NotificationKind.ScoringDeadline, 1, Person("pat"));

        await round.MoveToAsync(RoundPhase.Deliberation, Person("fiona"));
        await round.DecideAsync(application.Id, new RecordDecision(DecisionOutcome.NotFunded, null, "Not this time: a strong idea."), Person("fiona"));
        await round.MoveToAsync(RoundPhase.Decided, Person("fiona"));
        await ToldAsync(NotificationKind.DecisionMade, 1, Person("alice"), Person("bob"));
        Assert.StartsWith("Not funded this time.", (await NotificationsOfAsync(Person("alice"), NotificationKind.DecisionMade))[0].Text);
        await SleepAsync(round);
        await round.GetAsync(Person("pat"));
        await ToldAsync(NotificationKind.DecisionMade, 1, Person("alice"), Person("bob"));
        await ToldAsync(NotificationKind.RoundPhaseChanged, 4, Person("pat")); // open, scoring, deliberation, decided
        await ToldAsync(NotificationKind.RoundPhaseChanged, 2, Person("alice"), Person("bob")); // scoring, deliberation
        await NotToldAsync(NotificationKind.DecisionMade, Person("olga"), Person("pat"), Person("fiona"));
    }
}
