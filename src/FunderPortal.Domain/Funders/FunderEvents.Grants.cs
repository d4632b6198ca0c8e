using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(GrantRecorded), "GrantRecorded")]
public abstract partial record FunderEvent;

/// <summary>
/// A grant, recorded by an editor or on behalf of a round's decision; its <see cref="Source"/> (the round's decision, or
/// the editor's idempotent request) makes retries find it.
/// </summary>
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
