namespace FunderPortal.Api.Admin;

/// <summary>Everything sealed for one person, opened: the answer to a subject access request.</summary>
public sealed record PersonalDataExportResponse(
    string PersonId,
    DateTimeOffset ExportedAt,
    IReadOnlyList<string> Streams,
    IReadOnlyList<PersonalDataItemResponse> Items,
    IReadOnlyList<PersonalDataErasureResponse> Erasures);

/// <summary>
/// One field of one recorded event. <c>field</c> is its JSON path in the event; <c>text</c> is what the person wrote, or
/// <c>erased</c>, or <c>removed after the retention period</c>.
/// </summary>
public sealed record PersonalDataItemResponse(
    string StreamId,
    long Version,
    string EventType,
    DateTimeOffset RecordedAt,
    string Field,
    string Purpose,
    string Period,
    string Text);

public sealed record PersonalDataErasureResponse(DateTimeOffset ErasedAt, string ErasedBy, int KeysDestroyed);

/// <summary>A person with data sealed in a charity or round, and where to export or erase it.</summary>
public sealed record PersonalDataPersonResponse(string PersonId, string Export);
