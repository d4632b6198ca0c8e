using System.ComponentModel;
using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Api.Funders;

// Portfolio insights as clients receive them, mapped in InsightsMappings. Keyed by the vocabulary's own names (as check-ins'
// readiness answers are), every name always present.

/// <summary>The regional figure from the same study as the national benchmark; upperBound for "under n%".</summary>
public sealed record RegionalBenchmarkResponse(decimal Percent, bool UpperBound, string Source);

/// <summary>
/// One indicator across the portfolio: <c>reporting</c> charities gave it; <c>value</c> is the mean for a percentage, the
/// percent of reporting charities answering yes for a yes/no, the sum for a count (null when none reports); the national
/// figure in percent, or null; the regional picture, or null.
/// </summary>
public sealed record IndicatorInsightResponse(int Reporting, decimal? Value, decimal? National, RegionalBenchmarkResponse? Regional);

/// <summary>Every leadership indicator, by name.</summary>
public sealed record LeadershipInsightsResponse(
    [property: JsonPropertyName(nameof(LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers))] IndicatorInsightResponse VolunteersWhoAreOrWereServiceUsers,
    [property: JsonPropertyName(nameof(LeadershipIndicator.ChairHasDisability))] IndicatorInsightResponse ChairHasDisability,
    [property: JsonPropertyName(nameof(LeadershipIndicator.CeoHasDisability))] IndicatorInsightResponse CeoHasDisability,
    [property: JsonPropertyName(nameof(LeadershipIndicator.TrusteesWithLivedExperience))] IndicatorInsightResponse TrusteesWithLivedExperience,
    [property: JsonPropertyName(nameof(LeadershipIndicator.StaffWithLivedExperience))] IndicatorInsightResponse StaffWithLivedExperience,
    [property: JsonPropertyName(nameof(LeadershipIndicator.LivedExperienceOnEveryInterviewPanel))] IndicatorInsightResponse LivedExperienceOnEveryInterviewPanel);

/// <summary>How many charities reach each seldom-heard group.</summary>
public sealed record GroupsReachedResponse(
    [property: JsonPropertyName(nameof(SeldomHeardGroup.EthnicMinorityCommunities))] int EthnicMinorityCommunities,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.LgbtPlus))] int LgbtPlus,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.CommunicateDifferently))] int CommunicateDifferently,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.LivingWithDementia))] int LivingWithDementia,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.OlderPeopleHighCareNeeds))] int OlderPeopleHighCareNeeds,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.Unaffiliated))] int Unaffiliated,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.ResidentialCare))] int ResidentialCare,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.Homeless))] int Homeless,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.GypsyAndTraveller))] int GypsyAndTraveller,
    [property: JsonPropertyName(nameof(SeldomHeardGroup.InPrison))] int InPrison);

/// <summary>How many charities face an open barrier of each kind.</summary>
public sealed record BarriersFacedResponse(
    [property: JsonPropertyName(nameof(BarrierKind.TimeResourcesSkills))] int TimeResourcesSkills,
    [property: JsonPropertyName(nameof(BarrierKind.ResistanceToChange))] int ResistanceToChange,
    [property: JsonPropertyName(nameof(BarrierKind.LackOfUnderstanding))] int LackOfUnderstanding,
    [property: JsonPropertyName(nameof(BarrierKind.PowerImbalance))] int PowerImbalance,
    [property: JsonPropertyName(nameof(BarrierKind.LackOfEngagement))] int LackOfEngagement,
    [property: JsonPropertyName(nameof(BarrierKind.Accessibility))] int Accessibility,
    [property: JsonPropertyName(nameof(BarrierKind.FundingLandscape))] int FundingLandscape,
    [property: JsonPropertyName(nameof(BarrierKind.FearOfGettingItWrong))] int FearOfGettingItWrong);

/// <summary>Activities whose claimed rung is above, at or below where it was at this funder's first grant.</summary>
public sealed record RungMovementResponse(int Up, int Same, int Down);

/// <summary>What the plans shared set aside to pay participants, and how much of it is funded, in pence.</summary>
public sealed record ParticipantPaymentsResponse(long Planned, long Funded);

/// <summary>The charities sharing with this funder, in figures: only what each charity's share covers counts.</summary>
public sealed record PortfolioInsightsResponse(
    int Charities,
    LeadershipInsightsResponse Leadership,
    GroupsReachedResponse SeldomHeardGroupsReached,
    RungMovementResponse RungsSinceFirstGrant,
    ParticipantPaymentsResponse ParticipantPaymentsPence,
    BarriersFacedResponse OpenBarriers,
    [property: Description("Over the charities sharing Journey: participants who answered an attestation or a participant check-in in each charity's last 12 months (as of its latest change), and those answering for the first time ever.")]
    PortfolioParticipantsResponse Participants);

public sealed record PortfolioParticipantsResponse(int TookPart, int FirstTime);
