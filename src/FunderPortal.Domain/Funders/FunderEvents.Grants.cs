using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(GrantRecorded), "GrantRecorded")]
public abstract partial record FunderEvent;

/// <summary>
/// A grant, recorded by an editor, on behalf of a round's decision or from a 360Giving file; its <see cref="Source"/> (the
/// round's decision, the editor's idempotent request, or <c>360giving/{id}</c>) makes retries find it. An imported grant
/// keeps its 360Giving <see cref="OpenGrantId"/> and its <see cref="ImportId"/>; <see cref="NoteRecipient"/> is false when
/// its recipient was not on the portal at the import, so nobody is told (older events: always told).
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
    string? Source = null,
    string? OpenGrantId = null,
    string? ImportId = null,
    bool NoteRecipient = true) : FunderEvent;
