using System.Text.Json.Serialization;
using FunderPortal.GrantImports;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(GrantImportQueued), "GrantImportQueued")]
[JsonDerivedType(typeof(ThreeSixtyGivingPublicationChanged), "ThreeSixtyGivingPublicationChanged")]
public abstract partial record FunderEvent;

/// <summary>
/// An editor asked for a 360Giving file (kept in the attachment store as <see cref="FileId"/>) to be checked
/// (<see cref="DryRun"/>) or imported; the import itself runs in its own grain and keeps its own history. <see cref="By"/>
/// is the editor, in whose name each batch is recorded.
/// </summary>
public sealed record GrantImportQueued(string ImportId, string FileId, string FileName, GrantImportFormat Format, bool DryRun, string By) : FunderEvent;

/// <summary>The funder opted in to (or out of) publishing its grants as 360Giving open data at a public address.</summary>
public sealed record ThreeSixtyGivingPublicationChanged(bool Published) : FunderEvent;
