using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Funders;

// A funder's history. Each event is stored as JSON under the type name given in its [JsonDerivedType]:
// these names and their fields are a storage format, so rename nothing; add new events or optional fields
// instead. The portfolio has a stream of its own (PortfolioEvent), so pushes from charities never crowd
// this history or move the profile's version.

[JsonDerivedType(typeof(FunderRegistered), "FunderRegistered")]
[JsonDerivedType(typeof(FunderProfileChanged), "FunderProfileChanged")]
[JsonDerivedType(typeof(FunderMemberRoleGranted), "FunderMemberRoleGranted")]
[JsonDerivedType(typeof(FunderMemberRemoved), "FunderMemberRemoved")]
[JsonDerivedType(typeof(ProgrammeAdded), "ProgrammeAdded")]
[JsonDerivedType(typeof(ProgrammeChanged), "ProgrammeChanged")]
[JsonDerivedType(typeof(GrantRecorded), "GrantRecorded")]
[JsonDerivedType(typeof(FeedbackGiven), "FeedbackGiven")]
[JsonDerivedType(typeof(RoundListed), "RoundListed")]
public abstract partial record FunderEvent;

public sealed record FunderRegistered(string OrgId, string Name, FunderType? FunderType, string? GrantIdPrefix) : FunderEvent;

/// <summary>Only the fields that changed are set; an empty <see cref="GrantIdPrefix"/> clears it.</summary>
public sealed record FunderProfileChanged(string? Name, FunderType? FunderType, string? GrantIdPrefix) : FunderEvent;

public sealed record FunderMemberRoleGranted(string Subject, MemberRole Role) : FunderEvent;

public sealed record FunderMemberRemoved(string Subject) : FunderEvent;

public sealed record ProgrammeAdded(string ProgrammeId, string Title, string? Description) : FunderEvent;

/// <summary>The programme as it now is (every field).</summary>
public sealed record ProgrammeChanged(string ProgrammeId, string Title, string? Description) : FunderEvent;

public sealed record GrantRecorded(
    string GrantId,
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
    string? Source = null) : FunderEvent;

public sealed record FeedbackGiven(string FeedbackId, string CharityOrgId, FeedbackKind Kind, string Text, string GivenBy) : FunderEvent;

/// <summary>A grant round this funder runs (the round grain holds the rest).</summary>
public sealed record RoundListed(string RoundId, string Title) : FunderEvent;
