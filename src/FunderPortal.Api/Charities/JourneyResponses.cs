using System.ComponentModel;
using System.Text.Json.Serialization;
using FunderPortal.Api.OpenApi;
using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Charities;

public sealed record ParticipantsResponse(int Count, IReadOnlyList<SeldomHeardGroup> SeldomHeardGroupsReached, IReadOnlyList<string> Roles);

/// <summary>Practices in use for every activity kind, keyed by its name.</summary>
public sealed record PracticesResponse(
    [property: JsonPropertyName(nameof(ActivityKind.CoDesign))] IReadOnlyList<string> CoDesign,
    [property: JsonPropertyName(nameof(ActivityKind.CoDecision))] IReadOnlyList<string> CoDecision,
    [property: JsonPropertyName(nameof(ActivityKind.CoDelivery))] IReadOnlyList<string> CoDelivery,
    [property: JsonPropertyName(nameof(ActivityKind.CoEvaluation))] IReadOnlyList<string> CoEvaluation);

public sealed record MilestoneResponse(string Id, string Title, DateOnly PlannedDate, DateOnly? DoneDate);

public sealed record BarrierResponse(string Id, BarrierKind Kind, string Description, string? Mitigation, BarrierStatus Status);

public sealed record ReadinessAnswerResponse(ReadinessAnswer Answer, string? Words);

public sealed record ReadinessAnswersResponse(
    [property: JsonPropertyName(nameof(ReadinessQuestion.Why))] ReadinessAnswerResponse Why,
    [property: JsonPropertyName(nameof(ReadinessQuestion.WhatToAchieve))] ReadinessAnswerResponse WhatToAchieve,
    [property: JsonPropertyName(nameof(ReadinessQuestion.AccountableToLivedExperience))] ReadinessAnswerResponse AccountableToLivedExperience,
    [property: JsonPropertyName(nameof(ReadinessQuestion.ParticipantExperienceUnderstood))] ReadinessAnswerResponse ParticipantExperienceUnderstood,
    [property: JsonPropertyName(nameof(ReadinessQuestion.SupportAndSafeguarding))] ReadinessAnswerResponse SupportAndSafeguarding,
    [property: JsonPropertyName(nameof(ReadinessQuestion.BoardBuyIn))] ReadinessAnswerResponse BoardBuyIn);

public sealed record PrincipleRatingsResponse(
    [property: JsonPropertyName(nameof(Principle.Equality))] int Equality,
    [property: JsonPropertyName(nameof(Principle.Diversity))] int Diversity,
    [property: JsonPropertyName(nameof(Principle.Access))] int Access,
    [property: JsonPropertyName(nameof(Principle.Reciprocity))] int Reciprocity);

public sealed record CheckInResponse(
    string Id,
    DateTimeOffset RecordedAt,
    DateOnly HeldOn,
    string? WhatWorked,
    string? WhatDidNot,
    string? WhatNext,
    ReadinessAnswersResponse Readiness,
    PrincipleRatingsResponse Principles,
    [property: Description("The skills the work needs and where the gaps are (needed null and no gaps when not recorded).")] SkillsResponse Skills,
    [property: Description("What participants say, from their own links (GET of one check-in only; null in lists and progress).")]
    ParticipantsSayResponse? ParticipantsSay = null);

/// <summary>Participants' own ratings, as totals: all but <c>answered</c> null while fewer than 3 have answered.</summary>
public sealed record ParticipantsSayResponse(
    int Answered,
    [property: Description("Per principle: the mean rating and how many chose 1, 2, 3, 4 and 5.")] IReadOnlyDictionary<Principle, PrincipleTallyResponse>? Principles,
    [property: Description("How many said they got each thing from taking part.")] IReadOnlyDictionary<ParticipantBenefit, int>? Benefits,
    [property: Description("Comments participants agreed to show, in their words.")] IReadOnlyList<string>? Comments);

public sealed record PrincipleTallyResponse(decimal Mean, IReadOnlyList<int> Counts);

public sealed record SkillsResponse(string? Needed, IReadOnlyList<SkillGapResponse> Gaps);

public sealed record SkillGapResponse(SkillKind Kind, string Text, string? PlanLineId);

public sealed record NationalBenchmarkResponse(decimal Percent, string Description);

/// <summary>One indicator: <c>value</c> for percentages and counts, <c>answer</c> for yes/no; null when not known.</summary>
public sealed record IndicatorResponse(
    LeadershipIndicator Indicator,
    IndicatorUnit Unit,
    int? Value,
    bool? Answer,
    NationalBenchmarkResponse? NationalBenchmark);

public sealed record LeadershipResponse(IReadOnlyList<IndicatorResponse> Indicators, DateTimeOffset? RecordedAt);

public sealed record RungChangeResponse(string WorkstreamId, string WorkstreamTitle, ActivityKind ActivityKind, LadderRung? From, LadderRung? To);

public sealed record MilestoneMetResponse(string WorkstreamId, string WorkstreamTitle, string MilestoneId, string Title, DateOnly PlannedDate, DateOnly DoneDate);

public sealed record BarrierOvercomeResponse(string WorkstreamId, string WorkstreamTitle, string BarrierId, BarrierKind Kind, string Description, string? Mitigation);

public sealed record ProgressResponse(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<RungChangeResponse> RungChanges,
    IReadOnlyList<MilestoneMetResponse> MilestonesMet,
    IReadOnlyList<BarrierOvercomeResponse> BarriersOvercome,
    IReadOnlyList<CheckInResponse> CheckIns,
    IReadOnlyList<EvidenceAddedResponse> EvidenceAdded,
    long? FundingSecuredPence,
    [property: Description("Participants who answered in the period (distinct pseudonymous ids), those answering for the first time ever, and the seldom-heard groups the workstreams reach.")]
    ParticipantsTookPartResponse Participants);

public sealed record ParticipantsTookPartResponse(int TookPart, int FirstTime, IReadOnlyList<SeldomHeardGroup> SeldomHeardGroupsReached);

public sealed record EvidenceAddedResponse(string EvidenceId, string WorkstreamId, EvidenceKind Kind, string Title, DateTimeOffset RecordedAt);

/// <summary>One audit entry: who, when, and what was touched (a change's event type with its version, or what a funder read).</summary>
[SchemaName("AuditEntry")]
public sealed record AuditEntryResponse(DateTimeOffset At, string Actor, AuditAction Action, string What, long? Version, string? FunderOrgId, string? RoundId);
