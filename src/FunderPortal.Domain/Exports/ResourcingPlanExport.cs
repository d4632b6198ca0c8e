using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Exports;

/// <summary>
/// A charity's resourcing plan as a spreadsheet, one line a row in the order planned: its terms, cost and how it is
/// funded. The view is already the reader's (a funder never gets the charity's reason for not paying participants).
/// </summary>
public static class ResourcingPlanExport
{
    public static ExportTable<ResourcingLineView> Table { get; } = new("resourcing-plan",
    [
        new("Line id", l => ExportCell.Of(l.Id)),
        new("Category", l => ExportCell.Of(l.Terms.Category.ToString())),
        new("Description", l => ExportCell.Of(l.Terms.Description)),
        new("Quantity", l => ExportCell.Of(l.Terms.Quantity)),
        new("Unit", l => ExportCell.Of(l.Terms.Unit)),
        new("Unit cost (£)", l => ExportCell.Pence(l.Terms.UnitCostPence)),
        new("Total (£)", l => ExportCell.Pence(l.Amounts.TotalPence)),
        new("Funded (£)", l => ExportCell.Pence(l.Amounts.FundedPence)),
        new("Gap (£)", l => ExportCell.Pence(l.Amounts.GapPence)),
        new("Offered, not yet accepted (£)", l => ExportCell.Pence(l.Amounts.OfferedPence)),
        new("From", l => ExportCell.Of(l.Terms.PeriodStart)),
        new("To", l => ExportCell.Of(l.Terms.PeriodEnd)),
        new("Workstream id", l => ExportCell.Of(l.Terms.WorkstreamId)),
        new("Hours", l => ExportCell.Of(l.Terms.Hours)),
        new("Hourly rate (£)", l => ExportCell.Pence(l.Terms.HourlyRatePence)),
        new("Same rate as staff", l => l.Terms.SameRateAsStaff is { } same ? ExportCell.Of(same) : ExportCell.Empty),
        new("Support", l => ExportCell.Of(l.Terms.Support)),
        new("Participants thanked by", l => ExportCell.Of(l.Terms.ThankedBy()?.ToString())),
        new("Why (members only)", l => ExportCell.Of(l.Terms.PaymentReason)),
        new("Funders", l => ExportCell.Of(Funders(l))),
    ]);

    /// <summary>Who funds or offered to fund the line, by name (funding the charity recorded, then pledges), once each.</summary>
    private static string? Funders(ResourcingLineView line)
    {
        var names = line.Funding.Select(f => f.FunderName).Concat(line.Pledges.Where(p => p.Status is PledgeStatus.Offered or PledgeStatus.Accepted).Select(p => p.FunderName ?? p.FunderOrgId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
