namespace FunderPortal.GrantImports;

/// <summary>
/// Something wrong with a file, in plain words: the row it is on and the field (its JSON path in a package, its column
/// title in a sheet). <see cref="Row"/> is null for the file as a whole (not a 360Giving package, a column missing…).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantImportProblem")]
public sealed record GrantImportProblem(
    [property: Id(0)] int? Row,
    [property: Id(1)] string Field,
    [property: Id(2)] string Message);
