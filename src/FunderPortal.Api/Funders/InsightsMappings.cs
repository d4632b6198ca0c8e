using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

public static class InsightsMappings
{
    public static PortfolioInsightsResponse ToResponse(this PortfolioInsights i)
    {
        IndicatorInsightResponse Indicator(LeadershipIndicator which)
        {
            var x = i.Leadership.Single(l => l.Indicator == which);
            return new(x.Reporting, x.Value, x.National, x.Regional is { } r ? new(r.Percent, r.UpperBound, r.Source) : null);
        }
        int Group(SeldomHeardGroup which) => i.SeldomHeardGroupsReached.Single(g => g.Group == which).Charities;
        int Barrier(BarrierKind which) => i.OpenBarriers.Single(b => b.Kind == which).Charities;
        return new PortfolioInsightsResponse(
            i.Charities,
            new LeadershipInsightsResponse(
                Indicator(LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers),
                Indicator(LeadershipIndicator.ChairHasDisability),
                Indicator(LeadershipIndicator.CeoHasDisability),
                Indicator(LeadershipIndicator.TrusteesWithLivedExperience),
                Indicator(LeadershipIndicator.StaffWithLivedExperience),
                Indicator(LeadershipIndicator.LivedExperienceOnEveryInterviewPanel)),
            new GroupsReachedResponse(
                Group(SeldomHeardGroup.EthnicMinorityCommunities),
                Group(SeldomHeardGroup.LgbtPlus),
                Group(SeldomHeardGroup.CommunicateDifferently),
                Group(SeldomHeardGroup.LivingWithDementia),
                Group(SeldomHeardGroup.OlderPeopleHighCareNeeds),
                Group(SeldomHeardGroup.Unaffiliated),
                Group(SeldomHeardGroup.ResidentialCare),
                Group(SeldomHeardGroup.Homeless),
                Group(SeldomHeardGroup.GypsyAndTraveller),
                Group(SeldomHeardGroup.InPrison)),
            new RungMovementResponse(i.RungsSinceFirstGrant.Up, i.RungsSinceFirstGrant.Same, i.RungsSinceFirstGrant.Down),
            new ParticipantPaymentsResponse(i.ParticipantPayments.PlannedPence, i.ParticipantPayments.FundedPence),
            new BarriersFacedResponse(
                Barrier(BarrierKind.TimeResourcesSkills),
                Barrier(BarrierKind.ResistanceToChange),
                Barrier(BarrierKind.LackOfUnderstanding),
                Barrier(BarrierKind.PowerImbalance),
                Barrier(BarrierKind.LackOfEngagement),
                Barrier(BarrierKind.Accessibility),
                Barrier(BarrierKind.FundingLandscape),
                Barrier(BarrierKind.FearOfGettingItWrong)),
            new PortfolioParticipantsResponse(i.Participants.TookPart, i.Participants.FirstTime));
    }
}
