using FunderPortal.Charities;

namespace FunderPortal.Rounds;

// What anyone may read of a published round, without signing in: the call for applications and, once decided, what
// came of it. Nothing of the panel, the scores or unfunded applicants is ever in these.

/// <summary>A published round as its public page shows it.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PublicRoundView")]
public sealed record PublicRoundView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] PublicProgramme? Programme,
    [property: Id(3)] FunderRef Funder,
    [property: Id(4)] RoundPhase Phase,
    [property: Id(5)] Timetable Timetable,
    [property: Id(6)] JudgingMode JudgingMode,
    [property: Id(7)] int TopPickCount,
    [property: Id(8)] IReadOnlyList<EligibilityQuestion> EligibilityQuestions,
    [property: Id(9)] IReadOnlyList<Criterion> Criteria,
    [property: Id(10)] long BudgetPence,
    [property: Id(11)] long MinAwardPence,
    [property: Id(12)] long MaxAwardPence,
    [property: Id(13)] PublicOutcome? Outcome);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PublicProgramme")]
public sealed record PublicProgramme(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title);

/// <summary>After the decisions: how many applied (submitted), how many were funded, for how much, and who.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PublicOutcome")]
public sealed record PublicOutcome(
    [property: Id(0)] int Applications,
    [property: Id(1)] int Funded,
    [property: Id(2)] long FundedPence,
    [property: Id(3)] double SuccessRate,
    [property: Id(4)] IReadOnlyList<FundedOrganisation> FundedOrganisations);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.FundedOrganisation")]
public sealed record FundedOrganisation(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] long AwardPence);

/// <summary>A published round in the public index: enough to find it and to know when to apply.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PublicRoundListing")]
public sealed record PublicRoundListing(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string Title,
    [property: Id(2)] FunderRef Funder,
    [property: Id(3)] RoundPhase Phase,
    [property: Id(4)] Timetable Timetable);

/// <summary>A page of the public index, by closing date; <see cref="Next"/> is where the next page starts (null: the last page).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PublicRoundsPage")]
public sealed record PublicRoundsPage(
    [property: Id(0)] IReadOnlyList<PublicRoundListing> Items,
    [property: Id(1)] long? Next);
