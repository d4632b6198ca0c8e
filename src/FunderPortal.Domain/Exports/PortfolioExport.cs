using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Exports;

/// <summary>
/// The portfolio as a funder's spreadsheet: what the portfolio table shows, one charity a row. Only what the charity
/// shares is in the summary it pushed; the plan gap is left out ("Not shared") where the plan is not shared.
/// </summary>
public static class PortfolioExport
{
    public static ExportTable<PortfolioEntry> Table { get; } = new("portfolio",
    [
        new("Charity", e => ExportCell.Of(e.Name)),
        new("Org-id", e => ExportCell.Of(e.CharityOrgId)),
        new("Verified by the portal", e => ExportCell.Of(e.OrganisationVerified)),
        new("Size", e => ExportCell.Of(e.SizeBand?.ToString())),
        new("Activities with a rung set", e => ExportCell.Of(e.Rungs.Count(r => r.Current is not null))),
        new("Rungs climbed since first grant", e => ExportCell.Of(e.Rungs.Count(r => r.AtFirstGrant is not null && Ladder.IsClimb(r.AtFirstGrant, r.Current)))),
        new("Open barriers", e => ExportCell.List(e.OpenBarrierKinds)),
        new("Plan gap (£)", e => e.ShareScope.Contains(ShareScope.Resourcing) ? ExportCell.Pence(e.PlanGapPence) : ExportCell.Of("Not shared")),
        new("Confirmed by participants (%)", e => ExportCell.Of(e.AttestationRatePercent)),
        new("Last update (UTC)", e => ExportCell.Of(e.LastUpdate)),
        new("Next check-in due", e => ExportCell.Of(e.NextCheckInDue)),
        new("Shares", e => ExportCell.List(e.ShareScope)),
        new("Share ends (UTC)", e => ExportCell.Of(e.ShareExpiresAt)),
    ]);
}
