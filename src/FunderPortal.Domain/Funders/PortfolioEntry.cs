using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// The summary of one shared journey that a charity grain pushes to each funder it shares with, after every
/// change and when it activates. <see cref="Version"/> is the charity's stream version: the funder keeps the
/// newest and ignores older ones, so pushes may repeat or arrive out of order.
/// </summary>
/// <param name="AttestationRatePercent">Of the participants asked to confirm evidence shared with funders, the share who agreed, 0–100; null when none was asked.</param>
/// <param name="OrganisationVerified">Whether a platform admin has verified the charity; false shows it as unverified.</param>
/// <param name="PlanGapPence">What the resourcing plan still needs, in whole pence.</param>
/// <param name="Leadership">The lived-experience leadership indicators (with Journey; null otherwise, and in summaries pushed before insights existed).</param>
/// <param name="SeldomHeardGroupsReached">The seldom-heard groups any workstream reaches (with Journey; null otherwise).</param>
/// <param name="ParticipantPayments">The plan's participant payment lines, planned and funded (with Resourcing; null otherwise).</param>
/// <param name="Voices">Participants who answered in the 12 months to the push, and those for the first time (with Journey; null otherwise).</param>
[GenerateSerializer, Immutable, Alias("FunderPortal.PortfolioEntry")]
public sealed record PortfolioEntry(
    [property: Id(0)] string CharityOrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] SizeBand? SizeBand,
    [property: Id(3)] long Version,
    [property: Id(4)] DateTimeOffset LastUpdate,
    [property: Id(5)] DateOnly? NextCheckInDue,
    [property: Id(6)] IReadOnlyList<PortfolioRung> Rungs,
    [property: Id(7)] IReadOnlyList<BarrierKind> OpenBarrierKinds,
    [property: Id(8)] long PlanGapPence,
    [property: Id(9)] int? AttestationRatePercent,
    [property: Id(10)] IReadOnlyList<ShareScope> ShareScope,
    [property: Id(11)] DateTimeOffset? ShareExpiresAt,
    [property: Id(12)] bool OrganisationVerified = false,
    [property: Id(13)] LeadershipValues? Leadership = null,
    [property: Id(14)] IReadOnlyList<SeldomHeardGroup>? SeldomHeardGroupsReached = null,
    [property: Id(15)] ParticipantPayments? ParticipantPayments = null,
    [property: Id(16)] ParticipantVoices? Voices = null);

/// <summary>What a charity's plan sets aside to pay participants (its ParticipantPayment lines) and how much of it is funded, in pence.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ParticipantPayments")]
public sealed record ParticipantPayments(
    [property: Id(0)] long PlannedPence,
    [property: Id(1)] long FundedPence);

/// <summary>
/// One activity of one workstream on the ladder: the charity's claim now, the evidenced rung (attested evidence,
/// capped at the claim) and the claim when this funder's first grant to the charity began; null when not set.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PortfolioRung")]
public sealed record PortfolioRung(
    [property: Id(0)] string WorkstreamId,
    [property: Id(1)] string WorkstreamTitle,
    [property: Id(2)] ActivityKind ActivityKind,
    [property: Id(3)] LadderRung? Current,
    [property: Id(4)] LadderRung? Evidenced,
    [property: Id(5)] LadderRung? AtFirstGrant);
