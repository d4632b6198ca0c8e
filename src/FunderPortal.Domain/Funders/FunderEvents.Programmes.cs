using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(ProgrammeAdded), "ProgrammeAdded")]
[JsonDerivedType(typeof(ProgrammeChanged), "ProgrammeChanged")]
public abstract partial record FunderEvent;

public sealed record ProgrammeAdded(string ProgrammeId, string Title, string? Description) : FunderEvent;

/// <summary>The programme as it now is (every field).</summary>
public sealed record ProgrammeChanged(string ProgrammeId, string Title, string? Description) : FunderEvent;
