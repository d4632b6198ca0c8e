namespace FunderPortal.Funders;

// Parts of a funder. Immutable values: folded into state (and snapshotted as JSON) and returned in views as they are.

[GenerateSerializer, Immutable, Alias("FunderPortal.Programme")]
public sealed record Programme(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description);

/// <summary>A grant as recorded. <see cref="CharityName"/> is the org-id when the name was not given.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Grant")]
public sealed record Grant(
    [property: Id(0)] string Id,
    [property: Id(1)] string CharityOrgId,
    [property: Id(2)] string CharityName,
    [property: Id(3)] string Title,
    [property: Id(4)] string Description,
    [property: Id(5)] long AmountPence,
    [property: Id(6)] DateOnly AwardDate,
    [property: Id(7)] DateOnly PlannedStart,
    [property: Id(8)] DateOnly PlannedEnd,
    [property: Id(9)] GrantType Type,
    [property: Id(10)] string? ProgrammeId,
    [property: Id(11)] IReadOnlyList<string> PlanLineIds,
    [property: Id(12)] IReadOnlyList<string> WorkstreamIds,
    [property: Id(13)] DateTimeOffset RecordedAt);

/// <summary>
/// Feedback or an offer of support to a charity; <see cref="GivenBy"/> is the funder member who gave it. The charity's
/// replies, oldest first (null until the first: older snapshots have none).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FeedbackItem")]
public sealed record FeedbackItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string CharityOrgId,
    [property: Id(2)] FeedbackKind Kind,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset GivenAt,
    [property: Id(5)] string GivenBy,
    [property: Id(6)] IReadOnlyList<FeedbackReply>? Replies = null);

/// <summary>A pledge this funder offered, so it can find it again to withdraw it (the charity keeps where it stands).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FunderPledge")]
public sealed record FunderPledge(
    [property: Id(0)] string Id,
    [property: Id(1)] string CharityOrgId,
    [property: Id(2)] string LineId,
    [property: Id(3)] long AmountPence,
    [property: Id(4)] DateTimeOffset OfferedAt);

/// <summary>Where one of this funder's pledges stands now, as the charity answered.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PledgeOutcome")]
public sealed record PledgeOutcome(
    [property: Id(0)] string Id,
    [property: Id(1)] string CharityOrgId,
    [property: Id(2)] string LineId,
    [property: Id(3)] long AmountPence,
    [property: Id(4)] Common.PledgeStatus Status);
