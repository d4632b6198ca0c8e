using System.Text.Json.Serialization;
using FunderPortal.Funders;

namespace FunderPortal.GrantImports;

// An import's own history (stream grant-import/{funderOrgId}/{importId}). Stored as JSON under these names: rename nothing.

[JsonDerivedType(typeof(GrantImportStarted), "GrantImportStarted")]
[JsonDerivedType(typeof(GrantImportFileRead), "GrantImportFileRead")]
[JsonDerivedType(typeof(GrantImportRowsChecked), "GrantImportRowsChecked")]
[JsonDerivedType(typeof(GrantImportInvitationsMade), "GrantImportInvitationsMade")]
[JsonDerivedType(typeof(GrantImportFinished), "GrantImportFinished")]
[JsonDerivedType(typeof(GrantImportFailed), "GrantImportFailed")]
public abstract record GrantImportEvent;

/// <summary>The import the funder asked for, as it asked.</summary>
public sealed record GrantImportStarted(string FunderOrgId, GrantImportEntry Entry) : GrantImportEvent;

/// <summary>The file was read: it holds <see cref="Rows"/> grants (rows of a sheet, or grants of a package).</summary>
public sealed record GrantImportFileRead(int Rows) : GrantImportEvent;

/// <summary>The next rows, in file order, checked and (unless a dry run) recorded by the funder: the progress is durable batch by batch.</summary>
public sealed record GrantImportRowsChecked(IReadOnlyList<GrantImportRowView> Rows, IReadOnlyList<GrantImportProblem> Problems) : GrantImportEvent;

public sealed record GrantImportInvitationsMade(IReadOnlyList<GrantImportInvitation> Invitations) : GrantImportEvent;

public sealed record GrantImportFinished : GrantImportEvent;

/// <summary>The file could not be imported at all (not a 360Giving file, columns missing, the funder gone), and why.</summary>
public sealed record GrantImportFailed(IReadOnlyList<GrantImportProblem> Problems) : GrantImportEvent;
