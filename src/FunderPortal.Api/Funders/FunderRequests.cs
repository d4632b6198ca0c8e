using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.OpenApi;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

// What clients send. Limits are published in the contract; the funder grain enforces them.

public sealed record RegisterFunderRequest(
    [property: Description("Org-id, e.g. GB-CHC-1234567."), RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength)] string OrgId,
    [property: MinLength(1), MaxLength(Limits.Name)] string Name,
    FunderType? FunderType = null,
    [property: Description("The prefix 360Giving issued you (360G- then letters and digits); grant ids are published as {grantIdPrefix}-{grantId}."),
        RegularExpression(OpenGrantIds.PrefixPattern), MaxLength(OpenGrantIds.PrefixMaxLength)]
    string? GrantIdPrefix = null);

/// <summary>Omit a field to leave it as it is; an empty grantIdPrefix clears it.</summary>
public sealed record ChangeFunderProfileRequest(
    [property: MaxLength(Limits.Name)] string? Name = null,
    FunderType? FunderType = null,
    [property: Description("360G- then letters and digits; empty to clear. Published grant ids follow it."), MaxLength(OpenGrantIds.PrefixMaxLength)]
    string? GrantIdPrefix = null);

public sealed record ProgrammeRequest(
    [property: MinLength(1), MaxLength(Limits.Title)] string Title,
    [property: MaxLength(Limits.ShortText)] string? Description = null);

public sealed record RecordGrantRequest(
    [property: Description("The charity's org-id."), RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength)] string CharityOrgId,
    [property: MinLength(1), MaxLength(Limits.Title)] string Title,
    [property: MinLength(1), MaxLength(Limits.ShortText)] string Description,
    [property: Range(typeof(long), "1", "10000000000"), Description("The amount awarded in whole pence (1250000 is £12,500); at most £100m.")] long? AmountPence,
    [property: Description("When the grant was decided (YYYY-MM-DD, not after today).")] DateOnly? AwardDate,
    [property: Description("YYYY-MM-DD")] DateOnly? PlannedStart,
    [property: Description("YYYY-MM-DD, not before plannedStart; grants may run for several years.")] DateOnly? PlannedEnd,
    GrantType? Type,
    [property: MaxLength(Limits.Name), Description("The charity's name as published; when omitted, the name the charity shares with you, else its org-id.")] string? CharityName = null,
    [property: MaxLength(Limits.Id), Description("One of this funder's programmes.")] string? ProgrammeId = null,
    [property: MaxLength(FunderLimits.MaxLinks), EachMaxLength(FunderLimits.LinkId), Description("Lines of the charity's resourcing plan this grant funds (ids, each at most 100 characters).")]
    IReadOnlyList<string>? PlanLineIds = null,
    [property: MaxLength(FunderLimits.MaxLinks), EachMaxLength(FunderLimits.LinkId), Description("The charity's workstreams this grant supports (ids, each at most 100 characters).")]
    IReadOnlyList<string>? WorkstreamIds = null);

public sealed record GiveFeedbackRequest(
    [property: Description("The charity's org-id."), RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength)] string CharityOrgId,
    FeedbackKind? Kind,
    [property: MinLength(1), MaxLength(Limits.LongText)] string Text);

/// <summary>Money offered against one line of a plan a charity shares with this funder.</summary>
public sealed record PledgeRequest(
    [property: RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength), Description("The org-id of a charity that shares its plan with you.")] string? CharityOrgId,
    [property: MaxLength(Limits.Id), Description("A line of that charity's resourcing plan.")] string? LineId,
    [property: Range(typeof(long), "1", "10000000000"), Description("The amount offered, in whole pence; at most what the line costs.")] long? AmountPence,
    [property: MaxLength(Limits.ShortText)] string? Note = null);
