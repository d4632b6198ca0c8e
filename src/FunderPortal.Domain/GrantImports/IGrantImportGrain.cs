using FunderPortal.Funders;
using Orleans.Concurrency;

namespace FunderPortal.GrantImports;

/// <summary>
/// One import of a 360Giving file into a funder's grants (key <c>{funderOrgId}/{importId}</c>, <see cref="KeyFor"/>): it
/// reads the file in the background, checks each row, hands the funder its grants a batch at a time, and keeps its
/// progress and outcome durably, so it carries on where it was after the host restarts.
/// </summary>
[Alias("FunderPortal.IGrantImportGrain")]
public interface IGrantImportGrain : IGrainWithStringKey
{
    public static string KeyFor(string funderOrgId, string importId) => $"{funderOrgId}/{importId}";

    /// <summary>Called by the funder's outbox, never by people: starts the import it asked for (once; idempotent).</summary>
    [Alias("Start")]
    Task StartAsync(GrantImportEntry entry);

    /// <summary>Where the import stands, for the funder's members (404 to anyone else). Answers while the import runs.</summary>
    [Alias("GetView"), AlwaysInterleave]
    Task<GrantImportView> GetViewAsync(string subject);

    /// <summary>What became of each row, in file order, a page at a time (<paramref name="after"/>: the previous page's next row).</summary>
    [Alias("GetRows"), AlwaysInterleave]
    Task<GrantImportRowsPage> GetRowsAsync(int? after, int limit, string subject);
}

public enum GrantImportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A charity the file names that is not on the portal: the link (a path of the portal) that lets it register, prefilled,
/// and then share its journey with the funder; <see cref="Emailed"/> when the link was sent to the address the file gives.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantImportInvitation")]
public sealed record GrantImportInvitation(
    [property: Id(0)] string CharityOrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Path,
    [property: Id(3)] bool Emailed);

/// <summary>One row as the import saw it: the grant it holds (as far as it could be read) and what became of it.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantImportRowView")]
public sealed record GrantImportRowView(
    [property: Id(0)] int Row,
    [property: Id(1)] string? OpenGrantId,
    [property: Id(2)] string? Title,
    [property: Id(3)] string? CharityOrgId,
    [property: Id(4)] string? CharityName,
    [property: Id(5)] long? AmountPence,
    [property: Id(6)] GrantRowOutcome Outcome,
    [property: Id(7)] string? GrantId,
    [property: Id(8)] string? Message);

[GenerateSerializer, Immutable, Alias("FunderPortal.GrantImportRowsPage")]
public sealed record GrantImportRowsPage(
    [property: Id(0)] IReadOnlyList<GrantImportRowView> Rows,
    [property: Id(1)] int? Next);

/// <summary>
/// An import as it stands. <see cref="Rows"/> is null until the file is read; <see cref="RowsChecked"/> is the progress.
/// <see cref="New"/> counts grants recorded (in a dry run: that would be), <see cref="Unchanged"/> grants already there as
/// they are, <see cref="Refused"/> rows not imported (each with its problems).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantImportView")]
public sealed record GrantImportView(
    [property: Id(0)] string Id,
    [property: Id(1)] string FunderOrgId,
    [property: Id(2)] string FileName,
    [property: Id(3)] GrantImportFormat Format,
    [property: Id(4)] bool DryRun,
    [property: Id(5)] GrantImportStatus Status,
    [property: Id(6)] int? Rows,
    [property: Id(7)] int RowsChecked,
    [property: Id(8)] int New,
    [property: Id(9)] int Unchanged,
    [property: Id(10)] int Refused,
    [property: Id(11)] IReadOnlyList<GrantImportInvitation> Invitations,
    [property: Id(12)] IReadOnlyList<GrantImportProblem> Problems,
    [property: Id(13)] DateTimeOffset QueuedAt,
    [property: Id(14)] DateTimeOffset? FinishedAt,
    [property: Id(15)] string FileId);
