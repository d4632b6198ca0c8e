using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.GrantImports;

/// <summary>An import as the fold of its events. Snapshotted as JSON, so keep it plain.</summary>
public sealed class GrantImportState : IAggregateState<GrantImportEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public string? FunderOrgId { get; set; }
    public GrantImportEntry? Entry { get; set; }
    public GrantImportStatus Status { get; set; }
    public int? RowCount { get; set; }
    public List<GrantImportRowView> Rows { get; set; } = [];
    public List<GrantImportProblem> Problems { get; set; } = [];
    /// <summary>Problems past <see cref="GrantImportLimits.MaxProblems"/>, counted but not kept.</summary>
    public int ProblemsLeftOut { get; set; }
    public List<GrantImportInvitation> Invitations { get; set; } = [];
    public DateTimeOffset? FinishedAt { get; set; }

    public bool IsStarted => Entry is not null;

    public bool IsOver => Status is GrantImportStatus.Done or GrantImportStatus.Failed;

    public void Apply(GrantImportEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case GrantImportStarted e:
                (FunderOrgId, Entry, Status) = (e.FunderOrgId, e.Entry, GrantImportStatus.Queued);
                break;
            case GrantImportFileRead e:
                (RowCount, Status) = (e.Rows, GrantImportStatus.Running);
                break;
            case GrantImportRowsChecked e:
                Rows.AddRange(e.Rows);
                Keep(e.Problems);
                break;
            case GrantImportInvitationsMade e:
                Invitations = [.. e.Invitations];
                break;
            case GrantImportFinished:
                (Status, FinishedAt) = (GrantImportStatus.Done, recordedAt);
                break;
            case GrantImportFailed e:
                Keep(e.Problems);
                (Status, FinishedAt) = (GrantImportStatus.Failed, recordedAt);
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    private void Keep(IReadOnlyList<GrantImportProblem> problems)
    {
        var room = Math.Max(0, GrantImportLimits.MaxProblems - Problems.Count);
        Problems.AddRange(problems.Take(room));
        ProblemsLeftOut += Math.Max(0, problems.Count - room);
    }

    public GrantImportView ToView(string importId)
    {
        var entry = Entry ?? throw new NotFoundException("No such import.");
        IReadOnlyList<GrantImportProblem> problems = ProblemsLeftOut == 0 ? Problems
            : [.. Problems, new GrantImportProblem(null, "file", $"And {ProblemsLeftOut:N0} more problems, not listed: put the ones above right and check the file again.")];
        return new GrantImportView(importId, FunderOrgId!, entry.FileName, entry.Format, entry.DryRun, Status, RowCount, Rows.Count,
            Rows.Count(r => r.Outcome == GrantRowOutcome.New), Rows.Count(r => r.Outcome == GrantRowOutcome.Unchanged),
            Rows.Count(r => r.Outcome == GrantRowOutcome.Refused), [.. Invitations], problems, entry.At, FinishedAt, entry.FileId);
    }

    /// <summary>A queued import not yet started in its own grain (the funder's word for it is all there is).</summary>
    public static GrantImportView Queued(string funderOrgId, GrantImportEntry entry) =>
        new(entry.Id, funderOrgId, entry.FileName, entry.Format, entry.DryRun, GrantImportStatus.Queued, null, 0, 0, 0, 0, [], [], entry.At, null, entry.FileId);
}
