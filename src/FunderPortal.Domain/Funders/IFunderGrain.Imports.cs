using FunderPortal.GrantImports;
using Orleans.Concurrency;

namespace FunderPortal.Funders;

/// <summary>
/// Grants brought in from 360Giving files, and the funder's public 360Giving data. The funder keeps which imports were
/// asked for and records each batch of grants; the import itself (reading the file, checking each row, progress) is the
/// work of its own <see cref="IGrantImportGrain"/>, so the funder is never busy with a whole file.
/// </summary>
public partial interface IFunderGrain
{
    /// <summary>Refused unless <paramref name="subject"/> may import grants (an editor): asked before an uploaded file is read.</summary>
    [Alias("EnsureCanImportGrants")]
    Task EnsureCanImportGrantsAsync(string subject);

    /// <summary>
    /// Records that an editor asked for the file to be checked (<paramref name="dryRun"/>) or imported, and starts its
    /// import grain (through the outbox: it starts even after a crash). Within an idempotent request a retry finds the
    /// same import.
    /// </summary>
    [Alias("QueueGrantImport")]
    Task<GrantImportEntry> QueueGrantImportAsync(string fileId, string fileName, GrantImportFormat format, bool dryRun, string subject);

    /// <summary>Every import asked for, newest first (members).</summary>
    [Alias("GetGrantImports")]
    Task<IReadOnlyList<GrantImportEntry>> GetGrantImportsAsync(string subject);

    /// <summary>One import as asked for (members; 404 for one this funder does not have).</summary>
    [Alias("GetGrantImport"), AlwaysInterleave]
    Task<GrantImportEntry> GetGrantImportAsync(string importId, string subject);

    /// <summary>
    /// Called by the import grain, never by people: decides one batch of checked rows
    /// (<see cref="FunderDecisions.ImportGrants"/>) in the name of the editor who asked, and records them unless it is a
    /// dry run. Recipients in <paramref name="recipientsOnPortal"/> are told of their grants.
    /// </summary>
    [Alias("ImportGrantBatch")]
    Task<IReadOnlyList<GrantRowResult>> ImportGrantBatchAsync(string importId, IReadOnlyList<ImportedGrant> grants,
        IReadOnlyList<string> recipientsOnPortal, string subject);

    /// <summary>Opts in to publishing the funder's grants at its public 360Giving address, or out (editors; 409 without a prefix).</summary>
    [Alias("SetPublication")]
    Task<FunderProfile> SetPublicationAsync(bool publish, string subject);

    /// <summary>For anyone, without signing in: the grants while the funder publishes them, else 404.</summary>
    [Alias("GetPublishedOpenGrants")]
    Task<OpenGrantsView> GetPublishedOpenGrantsAsync();

    /// <summary>
    /// Called by a charity grain this funder has granted, never by people: the area codes it gives in its profile, as of
    /// its <paramref name="version"/>; the newest is kept. Refused (404) for an unregistered funder.
    /// </summary>
    [Alias("NoteRecipientAreas")]
    Task NoteRecipientAreasAsync(string charityOrgId, long version, IReadOnlyList<string> areaCodes);
}
