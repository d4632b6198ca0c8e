using System.ComponentModel;
using FunderPortal.Api.Admin;
using FunderPortal.Api.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

// What clients receive: the public contract, mapped from grain views in FunderMappings.

public sealed record FunderProfileResponse(
    string OrgId,
    string Name,
    FunderType? FunderType,
    string? GrantIdPrefix,
    IReadOnlyList<ProgrammeResponse> Programmes,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    long Version,
    MemberRole YourRole,
    VerificationResponse? Verification,
    [property: Description("Whether the funder publishes its grants at its public 360Giving address.")] bool Publish360Giving);

public sealed record ProgrammeResponse(string Id, string Title, string? Description);

public sealed record GrantResponse(
    string Id,
    string CharityOrgId,
    string CharityName,
    string Title,
    string Description,
    long AmountPence,
    DateOnly AwardDate,
    DateOnly PlannedStart,
    DateOnly PlannedEnd,
    GrantType Type,
    string? ProgrammeId,
    IReadOnlyList<string> PlanLineIds,
    IReadOnlyList<string> WorkstreamIds,
    DateTimeOffset RecordedAt,
    [property: Description("The grant's own 360Giving id when it was imported from a 360Giving file (published as it is); null for a grant recorded in the portal, published as {grantIdPrefix}-{id}.")]
    string? OpenGrantId);

/// <summary>replies: the charity's, oldest first.</summary>
public sealed record FeedbackResponse(
    string Id,
    string CharityOrgId,
    FeedbackKind Kind,
    string Text,
    DateTimeOffset GivenAt,
    string GivenBy,
    IReadOnlyList<FeedbackReplyResponse> Replies);

public sealed record PortfolioRungResponse(
    string WorkstreamId,
    string WorkstreamTitle,
    ActivityKind ActivityKind,
    LadderRung? Current,
    LadderRung? Evidenced,
    LadderRung? AtFirstGrant);

public sealed record PortfolioEntryResponse(
    string CharityOrgId,
    string Name,
    SizeBand? SizeBand,
    long Version,
    DateTimeOffset LastUpdate,
    DateOnly? NextCheckInDue,
    IReadOnlyList<PortfolioRungResponse> Rungs,
    IReadOnlyList<BarrierKind> OpenBarrierKinds,
    long PlanGapPence,
    int? AttestationRatePercent,
    IReadOnlyList<ShareScope> ShareScope,
    DateTimeOffset? ShareExpiresAt,
    bool OrganisationVerified);

/// <summary>count: every charity that matches; charities: this page of them; next: the after of the next page, null on the last.</summary>
public sealed record PortfolioResponse(int Count, IReadOnlyList<PortfolioEntryResponse> Charities, long? Next);

public sealed record ConnectCharityResponse(string CharityOrgId, string Name, SizeBand? SizeBand);

public sealed record ConnectResponse(BarrierKind Barrier, IReadOnlyList<ConnectCharityResponse> Charities);

public sealed record PledgeOfferResponse(string Id, string CharityOrgId, string LineId, long AmountPence, PledgeStatus Status);
