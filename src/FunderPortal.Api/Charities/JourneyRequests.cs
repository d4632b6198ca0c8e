using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FunderPortal.Api.OpenApi;
using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Charities;

// What clients send to fill in the journey map. Limits are published in the contract; the grain enforces them.

public sealed record RecordParticipantsRequest(
    [property: Range(0, Limits.MaxParticipants), Description("How many people take part.")] int Count,
    [property: MaxLength(Limits.Tags)] IReadOnlyList<SeldomHeardGroup>? SeldomHeardGroupsReached = null,
    [property: MaxLength(Limits.Tags), EachMaxLength(Limits.Title), Description("Roles participants take (free text, each at most 200 characters).")] IReadOnlyList<string>? Roles = null);

public sealed record SetPracticesRequest(
    [property: MaxLength(Limits.Tags), EachMaxLength(Limits.Title), Description("Practices in use (free text, each at most 200 characters); see GET /api/v1/vocabulary for suggestions.")]
    IReadOnlyList<string> Practices);

public sealed record MilestoneRequest(
    [property: MinLength(1), MaxLength(Limits.Title)] string Title,
    [property: Description("YYYY-MM-DD")] DateOnly? PlannedDate,
    [property: Description("YYYY-MM-DD, not after today; omit while not done.")] DateOnly? DoneDate = null);

public sealed record BarrierRequest(
    BarrierKind? Kind,
    [property: MinLength(1), MaxLength(Limits.ShortText)] string Description,
    [property: MaxLength(Limits.ShortText), Description("What is being done about it.")] string? Mitigation = null,
    [property: Description("Open unless set.")] BarrierStatus? Status = null);

public sealed record ReadinessAnswerRequest(
    ReadinessAnswer? Answer,
    [property: MaxLength(Limits.ShortText)] string? Words = null);

/// <summary>One answer per readiness question, keyed by its name; every question must be answered.</summary>
public sealed record ReadinessAnswersRequest(
    [property: JsonPropertyName(nameof(ReadinessQuestion.Why))] ReadinessAnswerRequest? Why,
    [property: JsonPropertyName(nameof(ReadinessQuestion.WhatToAchieve))] ReadinessAnswerRequest? WhatToAchieve,
    [property: JsonPropertyName(nameof(ReadinessQuestion.AccountableToLivedExperience))] ReadinessAnswerRequest? AccountableToLivedExperience,
    [property: JsonPropertyName(nameof(ReadinessQuestion.ParticipantExperienceUnderstood))] ReadinessAnswerRequest? ParticipantExperienceUnderstood,
    [property: JsonPropertyName(nameof(ReadinessQuestion.SupportAndSafeguarding))] ReadinessAnswerRequest? SupportAndSafeguarding,
    [property: JsonPropertyName(nameof(ReadinessQuestion.BoardBuyIn))] ReadinessAnswerRequest? BoardBuyIn);

/// <summary>A rating from 1 to 5 per principle, keyed by its name; every principle must be rated.</summary>
public sealed record PrincipleRatingsRequest(
    [property: JsonPropertyName(nameof(Principle.Equality)), Range(Limits.MinRating, Limits.MaxRating)] int? Equality,
    [property: JsonPropertyName(nameof(Principle.Diversity)), Range(Limits.MinRating, Limits.MaxRating)] int? Diversity,
    [property: JsonPropertyName(nameof(Principle.Access)), Range(Limits.MinRating, Limits.MaxRating)] int? Access,
    [property: JsonPropertyName(nameof(Principle.Reciprocity)), Range(Limits.MinRating, Limits.MaxRating)] int? Reciprocity);

public sealed record CheckInRequest(
    ReadinessAnswersRequest? Readiness,
    PrincipleRatingsRequest? Principles,
    [property: MaxLength(Limits.LongText)] string? WhatWorked = null,
    [property: MaxLength(Limits.LongText)] string? WhatDidNot = null,
    [property: MaxLength(Limits.LongText)] string? WhatNext = null,
    [property: Description("When the check-in was held (YYYY-MM-DD, not after today); today unless set.")] DateOnly? HeldOn = null,
    [property: Description("The skills the work needs and where the gaps are.")] SkillsRequest? Skills = null);

/// <summary>The skills co-production needs, in words, and where the gaps are.</summary>
public sealed record SkillsRequest(
    [property: MaxLength(Limits.LongText), Description("The skills the work needs, in your own words.")] string? Needed = null,
    [property: MaxLength(SkillRules.MaxGaps)] IReadOnlyList<SkillGapRequest>? Gaps = null);

/// <summary>A gap, and the TrainingAndSkills plan line that would close it (400 for a line of another category).</summary>
public sealed record SkillGapRequest(
    SkillKind? Kind,
    [property: MinLength(1), MaxLength(Limits.ShortText)] string Text,
    [property: MaxLength(Limits.Id), Description("A TrainingAndSkills line of the charity's plan that would close the gap.")] string? PlanLineId = null);

/// <summary>The lived-experience leadership indicators as they now are; leave out what you do not know.</summary>
public sealed record LeadershipRequest(
    [property: Range(0, 100), Description("Percent of volunteers who are or were service users.")] int? VolunteersWhoAreOrWereServiceUsers = null,
    bool? ChairHasDisability = null,
    bool? CeoHasDisability = null,
    [property: Range(0, 1_000)] int? TrusteesWithLivedExperience = null,
    [property: Range(0, Limits.MaxParticipants)] int? StaffWithLivedExperience = null,
    bool? LivedExperienceOnEveryInterviewPanel = null);
