namespace FunderPortal.Funders;

// Parts of a funder. Immutable values: folded into state (and snapshotted as JSON) and returned in views as they are.

[GenerateSerializer, Immutable, Alias("FunderPortal.Programme")]
public sealed record Programme(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description);

/// <summary>
/// A grant as recorded. <see cref="CharityName"/> is the org-id when the name was not given. A grant brought in from a
/// 360Giving file keeps that file's identifier (<see cref="OpenGrantId"/>, published as it is) and the import that
/// recorded it (<see cref="ImportId"/>); the portal's own grants are published as <c>{grantIdPrefix}-{Id}</c>.
/// </summary>
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
    [property: Id(13)] DateTimeOffset RecordedAt,
    [property: Id(14)] string? OpenGrantId = null,
    [property: Id(15)] string? ImportId = null);

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

/// <summary>An import an editor asked for (its progress and outcome are the import grain's).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantImportEntry")]
public sealed record GrantImportEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string FileId,
    [property: Id(2)] string FileName,
    [property: Id(3)] GrantImports.GrantImportFormat Format,
    [property: Id(4)] bool DryRun,
    [property: Id(5)] string By,
    [property: Id(6)] DateTimeOffset At);
