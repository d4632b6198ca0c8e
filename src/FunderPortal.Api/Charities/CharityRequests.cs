using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.OpenApi;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Api.Charities;

// What clients send. Limits are published in the contract; the charity grain enforces them.

public sealed record RegisterCharityRequest(
    [property: Description("Org-id, e.g. GB-CHC-1234567."), RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength)] string OrgId,
    [property: MinLength(1), MaxLength(Limits.Name)] string Name,
    SizeBand? SizeBand = null,
    [property: MaxLength(Limits.Tags), EachMaxLength(Limits.Tag), Description("Areas served (free text, each at most 100 characters).")] IReadOnlyList<string>? Areas = null,
    [property: MaxLength(Limits.Tags), EachMaxLength(Limits.Tag), Description("Causes (free text, each at most 100 characters).")] IReadOnlyList<string>? Causes = null,
    [property: MaxLength(Limits.LongText), Description("What co-production means for us, in the charity's own words.")] string? CoProductionMeaning = null);

/// <summary>Omit a field to leave it as it is; an empty string clears optional text.</summary>
public sealed record ChangeCharityProfileRequest(
    [property: MaxLength(Limits.Name)] string? Name = null,
    SizeBand? SizeBand = null,
    [property: MaxLength(Limits.Tags), EachMaxLength(Limits.Tag)] IReadOnlyList<string>? Areas = null,
    [property: MaxLength(Limits.Tags), EachMaxLength(Limits.Tag)] IReadOnlyList<string>? Causes = null,
    [property: MaxLength(Limits.LongText)] string? CoProductionMeaning = null,
    [property: Range(CheckInSchedule.MinIntervalDays, CheckInSchedule.MaxIntervalDays), Description("Days between check-ins; 90 unless set.")]
    int? CheckInIntervalDays = null,
    [property: MaxLength(AreaCodes.MaxCount), EachPattern(AreaCodes.Pattern), EachMaxLength(AreaCodes.Length),
        Description("Where the charity works, as ONS GSS codes (E, W, N or S and eight digits, e.g. E06000014); its funders publish them as where their grants' beneficiaries are.")]
    IReadOnlyList<string>? AreaCodes = null);

public sealed record SetMemberRequest(MemberRole Role);

public sealed record StartWorkstreamRequest(
    [property: MinLength(1), MaxLength(Limits.Title)] string Title,
    [property: MaxLength(Limits.ShortText)] string? Purpose = null,
    [property: MaxLength(Limits.ShortText)] string? IntendedOutcome = null,
    [property: MaxLength(Limits.ShortText)] string? WhatEveryoneWalksAwayWith = null);

/// <summary>Omit a field to leave it as it is; an empty string clears optional text.</summary>
public sealed record ChangeWorkstreamRequest(
    [property: MaxLength(Limits.Title)] string? Title = null,
    [property: MaxLength(Limits.ShortText)] string? Purpose = null,
    [property: MaxLength(Limits.ShortText)] string? IntendedOutcome = null,
    [property: MaxLength(Limits.ShortText)] string? WhatEveryoneWalksAwayWith = null);

/// <summary>Where an activity is on the ladder now and where the charity aims to be; null means not set.</summary>
public sealed record SetRungsRequest(LadderRung? Current = null, LadderRung? Target = null);

/// <summary>A one-time link to join as this role.</summary>
public sealed record InvitationRequest(
    MemberRole Role,
    [property: MaxLength(PreferenceRules.EmailLength), Description("Where to email the link as well (the answer still holds it). Not kept.")] string? Email = null);

/// <summary>Share with a funder: what (<c>Journey</c>, <c>Resourcing</c>, <c>Evidence</c>) and, optionally, until when.</summary>
public sealed record ShareRequest(
    [property: MaxLength(OrgId.MaxLength), Description("The funder's org-id.")] string? FunderOrgId,
    [property: MaxLength(3)] IReadOnlyList<ShareScope>? Scope,
    [property: Description("Sharing ends at this instant; null for until revoked.")] DateTimeOffset? ExpiresAt = null);
