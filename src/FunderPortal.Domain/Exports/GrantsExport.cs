using FunderPortal.Funders;

namespace FunderPortal.Exports;

/// <summary>A funder's grants as a spreadsheet, one grant a row, newest award first (as the grants list).</summary>
public static class GrantsExport
{
    public static ExportTable<Grant> Table { get; } = new("grants",
    [
        new("Grant id", g => ExportCell.Of(g.Id)),
        new("Charity", g => ExportCell.Of(g.CharityName)),
        new("Org-id", g => ExportCell.Of(g.CharityOrgId)),
        new("Title", g => ExportCell.Of(g.Title)),
        new("Description", g => ExportCell.Of(g.Description)),
        new("Kind", g => ExportCell.Of(g.Type.ToString())),
        new("Amount (£)", g => ExportCell.Pence(g.AmountPence)),
        new("Awarded", g => ExportCell.Of(g.AwardDate)),
        new("Starts", g => ExportCell.Of(g.PlannedStart)),
        new("Ends", g => ExportCell.Of(g.PlannedEnd)),
        new("Programme id", g => ExportCell.Of(g.ProgrammeId)),
        new("Plan lines funded", g => ExportCell.Of(g.PlanLineIds.Count)),
        new("Recorded (UTC)", g => ExportCell.Of(g.RecordedAt)),
    ]);
}
