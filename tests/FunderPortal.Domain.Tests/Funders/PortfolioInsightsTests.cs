using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class PortfolioInsightsTests
{
    private static readonly DateTimeOffset Now = FunderStates.T0.AddDays(30);
    private static readonly ShareScope[] Journey = [ShareScope.Journey];
    private static readonly ShareScope[] Everything = [ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence];

    private static PortfolioEntry Charity(
        string orgId, IReadOnlyList<ShareScope> scope, LeadershipValues? leadership = null, IReadOnlyList<SeldomHeardGroup>? groups = null,
        IReadOnlyList<BarrierKind>? barriers = null, IReadOnlyList<PortfolioRung>? rungs = null, ParticipantPayments? payments = null,
        DateTimeOffset? expiresAt = null) =>
        FunderStates.Entry(orgId, barriers: barriers, shareExpiresAt: expiresAt) with
        {
            ShareScope = scope,
            Leadership = leadership,
            SeldomHeardGroupsReached = groups,
            Rungs = rungs ?? [],
            ParticipantPayments = payments,
        };

    private static PortfolioRung Rung(LadderRung? now, LadderRung? atFirstGrant) =>
        new("w1", "Peer support", ActivityKind.CoDesign, now, null, atFirstGrant);

    private static IndicatorInsight Of(PortfolioInsights insights, LeadershipIndicator indicator) =>
        insights.Leadership.Single(i => i.Indicator == indicator);

    [Fact]
    public void PercentagesAreAveragedYesNoAnswersArePercentYesAndCountsAreSummedOverThoseWhoGaveThem()
    {
        var insights = PortfolioInsightsRules.Of(
        [
            Charity("GB-CHC-1000001", Journey, new LeadershipValues(60, true, false, 2, 5, true)),
            Charity("GB-CHC-1000002", Journey, new LeadershipValues(75, false, null, 3, null, false)),
            Charity("GB-CHC-1000003", Journey, new LeadershipValues(70, false, null, null, null, false)),
            Charity("GB-CHC-1000004", Journey, LeadershipValues.Unknown),
        ], Now);

        Assert.Equal(4, insights.Charities);
        Assert.Equal((3, 68.3m), (Of(insights, LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers).Reporting, Of(insights, LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers).Value));
        Assert.Equal((3, 33.3m), (Of(insights, LeadershipIndicator.ChairHasDisability).Reporting, Of(insights, LeadershipIndicator.ChairHasDisability).Value));
        Assert.Equal((1, 0m), (Of(insights, LeadershipIndicator.CeoHasDisability).Reporting, Of(insights, LeadershipIndicator.CeoHasDisability).Value));
        Assert.Equal((2, 5m), (Of(insights, LeadershipIndicator.TrusteesWithLivedExperience).Reporting, Of(insights, LeadershipIndicator.TrusteesWithLivedExperience).Value));
        Assert.Equal((1, 5m), (Of(insights, LeadershipIndicator.StaffWithLivedExperience).Reporting, Of(insights, LeadershipIndicator.StaffWithLivedExperience).Value));
        Assert.Equal((3, 33.3m), (Of(insights, LeadershipIndicator.LivedExperienceOnEveryInterviewPanel).Reporting, Of(insights, LeadershipIndicator.LivedExperienceOnEveryInterviewPanel).Value));
    }

    [Fact]
    public void EachIndicatorStandsBesideItsNationalAndRegionalFiguresAndNobodyReportingIsNull()
    {
        var insights = PortfolioInsightsRules.Of([], Now);

        var volunteers = Of(insights, LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers);
        Assert.Equal((0, (decimal?)null, (decimal?)67m), (volunteers.Reporting, volunteers.Value, volunteers.National));
        Assert.Equal((60m, false), (volunteers.Regional!.Percent, volunteers.Regional.UpperBound));
        Assert.Equal((9.5m, 3m, true), (Of(insights, LeadershipIndicator.ChairHasDisability).National!.Value,
            Of(insights, LeadershipIndicator.ChairHasDisability).Regional!.Percent, Of(insights, LeadershipIndicator.ChairHasDisability).Regional!.UpperBound));
        Assert.Equal((8m, 5m, true), (Of(insights, LeadershipIndicator.CeoHasDisability).National!.Value,
            Of(insights, LeadershipIndicator.CeoHasDisability).Regional!.Percent, Of(insights, LeadershipIndicator.CeoHasDisability).Regional!.UpperBound));
        Assert.False(string.IsNullOrWhiteSpace(volunteers.Regional.Source));
        Assert.Null(Of(insights, LeadershipIndicator.TrusteesWithLivedExperience).National);
        Assert.Null(Of(insights, LeadershipIndicator.LivedExperienceOnEveryInterviewPanel).Regional);
        Assert.Equal(Enum.GetValues<LeadershipIndicator>(), insights.Leadership.Select(i => i.Indicator));
        Assert.Equal(Enum.GetValues<SeldomHeardGroup>(), insights.SeldomHeardGroupsReached.Select(g => g.Group));
        Assert.Equal(Enum.GetValues<BarrierKind>(), insights.OpenBarriers.Select(b => b.Kind));
    }

    [Fact]
    public void GroupsAndBarriersCountCharitiesAndRungsCountActivitiesSinceTheFirstGrant()
    {
        var insights = PortfolioInsightsRules.Of(
        [
            Charity("GB-CHC-1000001", Journey, groups: [SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Homeless], barriers: [BarrierKind.Accessibility],
                rungs: [Rung(LadderRung.CoDesign, LadderRung.Consultation), Rung(LadderRung.Engagement, LadderRung.Engagement)]),
            Charity("GB-CHC-1000002", Journey, groups: [SeldomHeardGroup.Homeless], barriers: [BarrierKind.Accessibility, BarrierKind.PowerImbalance],
                rungs: [Rung(LadderRung.Informing, LadderRung.Consultation), Rung(LadderRung.CoDesign, null), Rung(null, LadderRung.Informing)]),
        ], Now);

        Assert.Equal(2, insights.SeldomHeardGroupsReached.Single(g => g.Group == SeldomHeardGroup.Homeless).Charities);
        Assert.Equal(1, insights.SeldomHeardGroupsReached.Single(g => g.Group == SeldomHeardGroup.LgbtPlus).Charities);
        Assert.Equal(0, insights.SeldomHeardGroupsReached.Single(g => g.Group == SeldomHeardGroup.InPrison).Charities);
        Assert.Equal(2, insights.OpenBarriers.Single(b => b.Kind == BarrierKind.Accessibility).Charities);
        Assert.Equal(1, insights.OpenBarriers.Single(b => b.Kind == BarrierKind.PowerImbalance).Charities);
        Assert.Equal(new RungMovement(Up: 1, Same: 1, Down: 1), insights.RungsSinceFirstGrant);
    }

    [Fact]
    public void OnlyWhatEachSharesScopeCoversCountsAndEndedSharesNotAtAll()
    {
        var insights = PortfolioInsightsRules.Of(
        [
            Charity("GB-CHC-1000001", Everything, new LeadershipValues(50, null, null, null, null, null), [SeldomHeardGroup.InPrison],
                [BarrierKind.FundingLandscape], payments: new ParticipantPayments(90_000, 30_000)),
            // Plan only: its journey (were any of it pushed) does not count.
            Charity("GB-CHC-1000002", [ShareScope.Resourcing], new LeadershipValues(100, null, null, null, null, null), [SeldomHeardGroup.InPrison],
                [BarrierKind.FundingLandscape], payments: new ParticipantPayments(10_000, 10_000)),
            // Journey only: its plan does not count.
            Charity("GB-CHC-1000003", Journey, payments: new ParticipantPayments(1_000_000, 0)),
            // Ended: nothing counts.
            Charity("GB-CHC-1000004", Everything, new LeadershipValues(0, null, null, null, null, null), [SeldomHeardGroup.InPrison],
                [BarrierKind.FundingLandscape], payments: new ParticipantPayments(5_000, 5_000), expiresAt: Now.AddDays(-1)),
        ], Now);

        Assert.Equal((3, 2, 2), (insights.Charities, insights.JourneyShared, insights.ResourcingShared));
        Assert.Equal((1, 50m), (Of(insights, LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers).Reporting, Of(insights, LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers).Value));
        Assert.Equal(1, insights.SeldomHeardGroupsReached.Single(g => g.Group == SeldomHeardGroup.InPrison).Charities);
        Assert.Equal(1, insights.OpenBarriers.Single(b => b.Kind == BarrierKind.FundingLandscape).Charities);
        Assert.Equal(new ParticipantPayments(100_000, 40_000), insights.ParticipantPayments);
    }

    [Fact]
    public void ACharitysSummaryCarriesLeadershipGroupsAndPaymentsOnlyUnderTheirScopes()
    {
        var state = Charities.WithWorkstream()
            .With(s => CharityDecisions.RecordParticipants(s, "w1", new RecordParticipants(4, [SeldomHeardGroup.Homeless, SeldomHeardGroup.LgbtPlus], [])))
            .With(s => CharityDecisions.RecordLeadership(s, LeadershipValues.Unknown with { CeoHasDisability = true }))
            .WithLine("pay", ResourcingLines.Line(ResourcingCategory.ParticipantPayment, 10, 1_500))
            .WithFunding("pay", "f1", FundingKind.SelfFunded, 2_000);
        PortfolioEntry SummaryUnder(params ShareScope[] scope) =>
            PortfolioSummary.For(state, new Share("s1", FunderStates.OrgId, scope, null, Charities.T0, null), Charities.T0);

        var journey = SummaryUnder(ShareScope.Journey);
        var plan = SummaryUnder(ShareScope.Resourcing);

        Assert.True(journey.Leadership!.CeoHasDisability);
        Assert.Equal([SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Homeless], journey.SeldomHeardGroupsReached);
        Assert.Null(journey.ParticipantPayments);
        Assert.Equal(new ParticipantPayments(15_000, 2_000), plan.ParticipantPayments);
        Assert.Null(plan.Leadership);
        Assert.Null(plan.SeldomHeardGroupsReached);
    }

    [Fact]
    public void VoicesAreSummedOverCharitiesSharingTheirJourneyOnly()
    {
        var insights = PortfolioInsightsRules.Of(
        [
            Charity("GB-CHC-1000001", Journey) with { Voices = new ParticipantVoices(5, 2, []) },
            Charity("GB-CHC-1000002", Everything) with { Voices = new ParticipantVoices(3, 3, []) },
            Charity("GB-CHC-1000003", [ShareScope.Resourcing]) with { Voices = new ParticipantVoices(40, 40, []) },
            Charity("GB-CHC-1000004", Journey),
        ], Now);

        Assert.Equal(new ParticipantsTookPart(8, 5), insights.Participants);
    }
}
