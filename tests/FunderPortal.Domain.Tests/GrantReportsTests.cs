using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class GrantReportsTests
{
    private const string CharityOrgId = FunderPortal.Domain.Tests.Charities.OrgId;
    private static readonly ShareScope[] JourneyOnly = [ShareScope.Journey];
    private static readonly ShareScope[] Everything = [ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence];

    /// <summary>The period every test reports on: February to April 2026.</summary>
    private static readonly ReportPeriod Period = new(new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 30));

    private static readonly DateTimeOffset Before = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset During = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A charity's history with the instant of each change, folded as the grain folds "as it was then".</summary>
    private sealed class History
    {
        private readonly List<(CharityEvent Event, DateTimeOffset At)> _events = [];

        public CharityState Now { get; } = new();

        public History At(DateTimeOffset at, Func<CharityState, IReadOnlyList<CharityEvent>> decide)
        {
            foreach (var e in decide(Now))
            {
                Now.Apply(e, at);
                _events.Add((e, at));
            }
            return this;
        }

        public CharityState StateAt(DateTimeOffset instant)
        {
            var state = new CharityState();
            foreach (var (e, at) in _events.Where(x => x.At <= instant))
                state.Apply(e, at);
            return state;
        }

        public GrantReportSections Report(IReadOnlyCollection<ShareScope> scopes, IReadOnlyList<string>? lines = null, DateOnly? today = null) =>
            GrantReports.Sections(StateAt(Period.Start), StateAt(Period.End), Now, Period, scopes, lines ?? [], today ?? new DateOnly(2026, 6, 1));
    }

    private static History Charity() => new History()
        .At(Before, s => CharityDecisions.Register(s, CharityOrgId, new RegisterCharity(CharityOrgId, "Hope Street", SizeBand.Small, [], [], null), "alice"))
        .At(Before, s => CharityDecisions.StartWorkstream(s, "w1", new StartWorkstream("Peer support", null, null, null)));

    private static EvidenceInput Evidence(string title, Visibility visibility = Visibility.SharedWithFunders, Sensitivity sensitivity = Sensitivity.Standard,
        EvidenceKind kind = EvidenceKind.MeetingNote) =>
        new(kind, title, null, "w1", null, null, null, null, visibility, sensitivity, new Consent(ConsentScope.SharedWithFunders, null), null);

    private static Func<CharityState, IReadOnlyList<CharityEvent>> Ask(string evidenceId, params string[] participants) =>
        s => CharityDecisions.RequestAttestations(s, evidenceId, participants, [.. participants.Select(p => $"{evidenceId}-{p}")], After.AddDays(30));

    private static Func<CharityState, IReadOnlyList<CharityEvent>> Answer(string evidenceId, string participant, AttestationStance stance, string? comment, DateTimeOffset at) =>
        s => CharityDecisions.AnswerAttestation(s, $"{evidenceId}-{participant}", stance, comment, at);

    [Fact]
    public void ProgressCountsOnlyWhatHappenedInThePeriod()
    {
        var history = Charity()
            .At(Before, s => CharityDecisions.SetRungs(s, "w1", ActivityKind.CoDesign, new RungPair(LadderRung.Informing, null)))
            .At(Before, s => CharityDecisions.PlanMilestone(s, "w1", "m-early", new MilestoneDetails("Met before", Today, new DateOnly(2026, 1, 9)), Today))
            .At(Before, s => CharityDecisions.PlanMilestone(s, "w1", "m", new MilestoneDetails("Met in the period", Today, null), Today))
            .At(Before, s => CharityDecisions.RecordBarrier(s, "w1", "b", new BarrierDetails(BarrierKind.FundingLandscape, "Short grants", null, BarrierStatus.Open)))
            .At(Before, s => CharityDecisions.RecordCheckIn(s, "c-before", FullCheckIn(new DateOnly(2026, 1, 10)), Today))
            .At(Before, s => CharityDecisions.RecordEvidence(s, "e-before", Evidence("Added before"), Today))
            .At(During, s => CharityDecisions.SetRungs(s, "w1", ActivityKind.CoDesign, new RungPair(LadderRung.Consultation, null)))
            .At(During, s => CharityDecisions.SetRungs(s, "w1", ActivityKind.CoDelivery, new RungPair(LadderRung.Engagement, null)))
            .At(During, s => CharityDecisions.UpdateMilestone(s, "w1", "m", new MilestoneDetails("Met in the period", Today, new DateOnly(2026, 3, 10)), Today))
            .At(During, s => CharityDecisions.UpdateBarrier(s, "w1", "b", new BarrierDetails(BarrierKind.FundingLandscape, "Short grants", "A three-year grant", BarrierStatus.Overcome)))
            .At(During, s => CharityDecisions.RecordCheckIn(s, "c-during", FullCheckIn(new DateOnly(2026, 3, 10)), Today))
            .At(During, s => CharityDecisions.RecordEvidence(s, "e-during", Evidence("Added in the period"), Today))
            .At(After, s => CharityDecisions.SetRungs(s, "w1", ActivityKind.CoDesign, new RungPair(LadderRung.CoDesign, null)))
            .At(After, s => CharityDecisions.RecordCheckIn(s, "c-after", FullCheckIn(new DateOnly(2026, 5, 20)), Today));

        var report = history.Report(Everything);

        Assert.Equal(new ReportProgress(RungChanges: 2, MilestonesMet: 1, BarriersOvercome: 1, CheckInsHeld: 1, EvidenceAdded: 1), report.Progress);
        Assert.Equal("e-during", Assert.Single(report.Evidence!).Id);
    }

    [Fact]
    public void EvidenceShowsHowEachParticipantAnsweredAndOnlyItemsSharedWithFunders()
    {
        var history = Charity()
            .At(During, s => CharityDecisions.RecordEvidence(s, "consented-item", Evidence("Members chose the new worker", kind: EvidenceKind.DecisionRecord), Today))
            .At(During, s => CharityDecisions.RecordEvidence(s, "private", Evidence("Kept in the charity", visibility: Visibility.Private), Today))
            .At(During, s => CharityDecisions.RecordEvidence(s, "health", Evidence("About someone's health", sensitivity: Sensitivity.SpecialCategory), Today))
            .At(During, Ask("consented-item", "p-1", "p-2", "p-3", "p-4", "p-5"))
            .At(During, Answer("consented-item", "p-1", AttestationStance.Agree, null, During))
            .At(During, Answer("consented-item", "p-2", AttestationStance.AgreeWithComment, "We really did choose.", During))
            .At(During, Answer("consented-item", "p-3", AttestationStance.DisagreeWithComment, "Staff chose in the end.", During))
            .At(During, Ask("health", "p-9"))
            .At(During, Answer("health", "p-9", AttestationStance.AgreeWithComment, "My words about my health.", During));

        var report = history.Report(Everything);

        var item = Assert.Single(report.Evidence!);
        Assert.Equal(new ReportEvidence("consented-item", "Members chose the new worker", EvidenceKind.DecisionRecord,
            new AttestationCounts(Agree: 1, AgreeWithComment: 1, Disagree: 1, Pending: 2)), item);
        Assert.Equal(1, report.Progress.EvidenceAdded);
        Assert.Equal(
            [new ParticipantWords("consented-item", AttestationStance.AgreeWithComment, "We really did choose."),
             new ParticipantWords("consented-item", AttestationStance.DisagreeWithComment, "Staff chose in the end.")],
            report.ParticipantsWords);
    }

    [Fact]
    public void WithoutTheEvidenceScopeThereIsNoEvidenceNoWordsAndNothingCountedOfIt()
    {
        var history = Charity()
            .At(During, s => CharityDecisions.RecordEvidence(s, "consented-item", Evidence("Members chose the new worker"), Today))
            .At(During, Ask("consented-item", "p-1"))
            .At(During, Answer("consented-item", "p-1", AttestationStance.AgreeWithComment, "Yes.", During));

        var report = history.Report(JourneyOnly);

        Assert.Null(report.Evidence);
        Assert.Null(report.ParticipantsWords);
        Assert.Null(report.Resourcing);
        Assert.Equal(0, report.Progress.EvidenceAdded);
        Assert.Equal(JourneyOnly, report.SharedScopes);
    }

    [Fact]
    public void WordsAreThoseGivenInThePeriodEvenOnAnItemAddedBefore()
    {
        var history = Charity()
            .At(Before, s => CharityDecisions.RecordEvidence(s, "old", Evidence("Our you-said-we-did board"), Today))
            .At(Before, Ask("old", "p-1", "p-2", "p-3"))
            .At(Before, Answer("old", "p-1", AttestationStance.AgreeWithComment, "Said before the period.", Before))
            .At(During, Answer("old", "p-2", AttestationStance.DisagreeWithComment, "Said in the period.", During))
            .At(After, Answer("old", "p-3", AttestationStance.AgreeWithComment, "Said after the period.", After));

        var report = history.Report(Everything);

        Assert.Empty(report.Evidence!);
        Assert.Equal([new ParticipantWords("old", AttestationStance.DisagreeWithComment, "Said in the period.")], report.ParticipantsWords);
    }

    [Fact]
    public void AnItemWhoseConsentWasWithdrawnSinceIsNotShownWhateverThePeriod()
    {
        var history = Charity()
            .At(During, s => CharityDecisions.RecordEvidence(s, "e1", Evidence("Shared then"), Today))
            .At(During, Ask("e1", "p-1"))
            .At(During, Answer("e1", "p-1", AttestationStance.AgreeWithComment, "Fine to share then.", During))
            .At(After, s => CharityDecisions.WithdrawConsent(s, "e1"));

        var report = history.Report(Everything);

        Assert.Empty(report.Evidence!);
        Assert.Empty(report.ParticipantsWords!);
        Assert.Equal(0, report.Progress.EvidenceAdded);
    }

    [Fact]
    public void ResourcingIsThePlanAtThePeriodsEndWithTheGrantsLinesAndNeedsItsScope()
    {
        var history = Charity()
            .At(Before, s => CharityDecisions.PlanResourcingLine(s, "pay", ResourcingLines.Line(ResourcingCategory.ParticipantPayment, 10, 1_500)))
            .At(Before, s => CharityDecisions.PlanResourcingLine(s, "staff", ResourcingLines.Line(ResourcingCategory.StaffTime, 4, 20_000)))
            .At(During, s => CharityDecisions.RecordLineFunding(s, "pay", "f1", new FundingDetails(FundingKind.SelfFunded, 5_000)))
            .At(After, s => CharityDecisions.RecordLineFunding(s, "staff", "f2", new FundingDetails(FundingKind.SelfFunded, 80_000)));

        var plan = history.Report(Everything, lines: ["pay", "no-such-line"]).Resourcing!;

        Assert.Equal((95_000L, 5_000L, 90_000L), (plan.TotalPence, plan.FundedPence, plan.GapPence));
        Assert.Equal([new ReportLine("pay", ResourcingCategory.ParticipantPayment, "Paying panel members", 15_000, 5_000, 10_000)], plan.Lines);
        Assert.Null(history.Report([ShareScope.Journey, ShareScope.Evidence], lines: ["pay"]).Resourcing);
    }

    [Fact]
    public void LeadershipIsAsItStoodAtThePeriodsEnd()
    {
        var history = Charity()
            .At(Before, s => CharityDecisions.RecordLeadership(s, LeadershipValues.Unknown with { VolunteersWhoAreOrWereServiceUsers = 40 }))
            .At(During, s => CharityDecisions.RecordLeadership(s, LeadershipValues.Unknown with { VolunteersWhoAreOrWereServiceUsers = 55, ChairHasDisability = true }))
            .At(After, s => CharityDecisions.RecordLeadership(s, LeadershipValues.Unknown with { VolunteersWhoAreOrWereServiceUsers = 70 }));

        var indicators = history.Report(JourneyOnly).Leadership.Indicators;

        Assert.Equal(55, indicators.Single(i => i.Indicator == LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers).Value);
        Assert.True(indicators.Single(i => i.Indicator == LeadershipIndicator.ChairHasDisability).Answer);
        Assert.Equal(67m, indicators.Single(i => i.Indicator == LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers).NationalBenchmark!.Percent);
    }

    [Fact]
    public void APeriodInWhichNothingChangedOrBeforeTheCharityJoinedReportsNothingHappened()
    {
        var quiet = Charity().Report(Everything);
        var notYetJoined = GrantReports.Sections(new CharityState(), new CharityState(), new CharityState(), Period, Everything, [], Today);

        Assert.Equal(new ReportProgress(0, 0, 0, 0, 0), quiet.Progress);
        Assert.Equal(new ReportProgress(0, 0, 0, 0, 0), notYetJoined.Progress);
        Assert.Equal((0L, 0L, 0L), (notYetJoined.Resourcing!.TotalPence, notYetJoined.Resourcing.FundedPence, notYetJoined.Resourcing.GapPence));
        Assert.Empty(notYetJoined.Evidence!);
    }

    private static Grant Grant(DateOnly award, DateOnly start) => new("1", CharityOrgId, "Hope Street", "Paid co-design", "Two years", 100_000,
        award, start, start.AddYears(2), GrantType.Development, null, [], [], T0);

    [Fact]
    public void APeriodRunsFromTheGrantsStartToTodayUnlessAskedOtherwise()
    {
        var today = new DateOnly(2026, 6, 1);

        Assert.Equal(new ReportPeriod(new DateOnly(2025, 12, 1), today), GrantReports.Period(Grant(new(2025, 12, 1), new(2026, 2, 1)), null, null, today));
        Assert.Equal(new ReportPeriod(new DateOnly(2025, 11, 1), today), GrantReports.Period(Grant(new(2025, 12, 1), new(2025, 11, 1)), null, null, today));
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
            GrantReports.Period(Grant(new(2025, 12, 1), new(2026, 2, 1)), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), today));
        Assert.Equal(new ReportPeriod(today, today), GrantReports.Period(Grant(new(2025, 12, 1), new(2026, 2, 1)), today, null, today));
    }

    [Theory]
    [InlineData("2026-04-01", "2026-03-01", "from")]
    [InlineData(null, "2026-06-02", "to")]
    [InlineData(null, "2025-11-30", "to")]
    [InlineData("1999-12-31", null, "from")]
    public void ABadPeriodIsRefusedNamingTheQueryParameter(string? from, string? to, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => GrantReports.Period(Grant(new(2025, 12, 1), new(2026, 2, 1)),
            from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 6, 1)));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public void AJourneyShareIsWhatOpensTheReportAndTheScopesAreThoseSharedWithThatFunder()
    {
        var state = Registered()
            .With(s => CharityDecisions.Share(s, "s1", "GB-CHC-7000001", [ShareScope.Resourcing, ShareScope.Journey], null, T0))
            .With(s => CharityDecisions.Share(s, "s2", "GB-CHC-7000002", [ShareScope.Evidence], T0.AddDays(1), T0));

        Assert.Equal([ShareScope.Journey, ShareScope.Resourcing], CharityAccess.ScopesSharedWith(state, "GB-CHC-7000001", T0));
        Assert.Equal([ShareScope.Evidence], CharityAccess.ScopesSharedWith(state, "GB-CHC-7000002", T0));
        Assert.Empty(CharityAccess.ScopesSharedWith(state, "GB-CHC-7000002", T0.AddDays(2)));
        Assert.Empty(CharityAccess.ScopesSharedWith(state.With(s => CharityDecisions.RevokeShare(s, "s1")), "GB-CHC-7000001", T0));
        Assert.Contains("Journey", CharityAccess.JourneyNotShared(CharityOrgId).Message, StringComparison.Ordinal);
    }
}
