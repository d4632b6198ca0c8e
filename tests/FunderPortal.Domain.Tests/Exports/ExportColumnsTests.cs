using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Exports;
using FunderPortal.Funders;
using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests.Exports;

/// <summary>Each export's columns: clear, unique headers, and each cell typed and taken from the right field.</summary>
public sealed class ExportColumnsTests
{
    private static ExportCell Cell<T>(ExportTable<T> table, T row, string header) =>
        table.Row(row)[table.Headers.ToList().IndexOf(header)];

    [Fact]
    public void EveryExportHasUniqueHeadersAndAStem()
    {
        IEnumerable<(string Stem, IReadOnlyList<string> Headers)> tables =
        [
            (PortfolioExport.Table.FileStem, PortfolioExport.Table.Headers), (GrantsExport.Table.FileStem, GrantsExport.Table.Headers),
            (RoundResultsExport.Table.FileStem, RoundResultsExport.Table.Headers), (PanelPaymentsExport.Table.FileStem, PanelPaymentsExport.Table.Headers),
            (ResourcingPlanExport.Table.FileStem, ResourcingPlanExport.Table.Headers),
        ];
        foreach (var (stem, headers) in tables)
        {
            Assert.Matches("^[a-z-]+$", stem);
            Assert.Equal(headers.Count, headers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.DoesNotContain(headers, h => SpreadsheetText.StartsLikeAFormula(h) || string.IsNullOrWhiteSpace(h));
        }
    }

    [Fact]
    public void APortfolioRowShowsThePlanGapOnlyWhenThePlanIsShared()
    {
        var journeyOnly = FunderStates.Entry(name: "=Hope Street", planGapPence: 123_456, barriers: [BarrierKind.PowerImbalance], checkInDue: new DateOnly(2026, 3, 1));
        var withPlan = journeyOnly with { ShareScope = [ShareScope.Journey, ShareScope.Resourcing] };
        var table = PortfolioExport.Table;

        Assert.Equal(ExportCell.Of("Not shared"), Cell(table, journeyOnly, "Plan gap (£)"));
        Assert.Equal(ExportCell.Pence(123_456), Cell(table, withPlan, "Plan gap (£)"));
        Assert.Equal("'=Hope Street", Cell(table, journeyOnly, "Charity").ToCsvText());
        Assert.Equal("GB-CHC-1234567", Cell(table, journeyOnly, "Org-id").Text);
        Assert.Equal("PowerImbalance", Cell(table, journeyOnly, "Open barriers").Text);
        Assert.Equal(ExportCell.Of(new DateOnly(2026, 3, 1)), Cell(table, journeyOnly, "Next check-in due"));
        Assert.Equal(ExportCell.Of((long?)1), Cell(table, journeyOnly, "Rungs climbed since first grant"));
        Assert.Equal(ExportCell.Of((long?)75), Cell(table, journeyOnly, "Confirmed by participants (%)"));
        Assert.Equal(CellKind.Instant, Cell(table, journeyOnly, "Last update (UTC)").Kind);
    }

    [Fact]
    public void AGrantRowHasItsMoneyAndDatesTyped()
    {
        var grant = new Grant("g1", "GB-CHC-1", "Hope Street", "Peer support", "-two years", 5_000_000, new DateOnly(2026, 1, 5),
            new DateOnly(2026, 2, 1), new DateOnly(2028, 1, 31), GrantType.Development, null, ["l1", "l2"], [], FunderStates.T0);
        var table = GrantsExport.Table;

        Assert.Equal(ExportCell.Pence(5_000_000), Cell(table, grant, "Amount (£)"));
        Assert.Equal(ExportCell.Of(new DateOnly(2026, 1, 5)), Cell(table, grant, "Awarded"));
        Assert.Equal(ExportCell.Of(new DateOnly(2028, 1, 31)), Cell(table, grant, "Ends"));
        Assert.Equal("Development", Cell(table, grant, "Kind").Text);
        Assert.Equal("'-two years", Cell(table, grant, "Description").ToCsvText());
        Assert.Equal(ExportCell.Of((long?)2), Cell(table, grant, "Plan lines funded"));
    }

    [Fact]
    public void AResultRowLeavesOutWhatTheReaderMayNotSee()
    {
        var masked = new ResultRow("a1", "Application 1", null, 250_000, null, null, null, null, 3, 5, false, 2, true, null, 200_000, true, []);
        var table = RoundResultsExport.Table;

        Assert.Equal(ExportCell.Empty, Cell(table, masked, "Mean score"));
        Assert.Equal(ExportCell.Empty, Cell(table, masked, "Charity"));
        Assert.Equal(ExportCell.Pence(200_000), Cell(table, masked, "Recommended award (£)"));
        Assert.Equal(ExportCell.Of((long?)2), Cell(table, masked, "Rank"));
        Assert.Equal("Yes", Cell(table, masked, "Tied").Text);
        Assert.DoesNotContain(table.Headers, h => h.Contains("pseudonym", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void APaymentRowIsThePanellistsPseudonymTimeAndMoney()
    {
        var payment = new PanellistPayment("p1", "Kestrel", PaymentChoice.NonCash, 90, 3_000, 0, 3_000);
        var table = PanelPaymentsExport.Table;

        Assert.Equal("Kestrel", Cell(table, payment, "Panellist").Text);
        Assert.Equal("NonCash", Cell(table, payment, "Paid as").Text);
        Assert.Equal(ExportCell.Of((long?)90), Cell(table, payment, "Minutes"));
        Assert.Equal(ExportCell.Pence(3_000), Cell(table, payment, "In kind (£)"));
        Assert.Equal(7, table.Headers.Count);
    }

    [Fact]
    public void APlanLineNamesItsLiveFundersOnce()
    {
        var terms = new ResourcingLineTerms(ResourcingCategory.ParticipantPayment, "Paying peer facilitators", 12, "session", 2_500,
            new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), "w1", Hours: 3, HourlyRatePence: 2_000, SameRateAsStaff: true);
        var line = new ResourcingLineView("l1", terms, new ResourcingAmounts(30_000, 10_000, 20_000, 5_000),
            [new LineFunding("f1", FundingKind.Committed, 10_000, "Northern Lights", "GB-CHC-9", null, FunderStates.T0)],
            [
                new Pledge("p1", "GB-CHC-9", 5_000, null, PledgeStatus.Offered, FunderStates.T0, "x", FunderName: "Northern Lights"),
                new Pledge("p2", "GB-CHC-8", 5_000, null, PledgeStatus.Declined, FunderStates.T0, "x", FunderName: "Declined Trust"),
            ],
            FunderStates.T0, FunderStates.T0);
        var table = ResourcingPlanExport.Table;

        Assert.Equal("Northern Lights", Cell(table, line, "Funders").Text);
        Assert.Equal(ExportCell.Pence(2_500), Cell(table, line, "Unit cost (£)"));
        Assert.Equal(ExportCell.Pence(20_000), Cell(table, line, "Gap (£)"));
        Assert.Equal(ExportCell.Pence(2_000), Cell(table, line, "Hourly rate (£)"));
        Assert.Equal("Paid", Cell(table, line, "Participants thanked by").Text);
        Assert.Equal("Yes", Cell(table, line, "Same rate as staff").Text);
        Assert.Equal(ExportCell.Of(new DateOnly(2026, 4, 1)), Cell(table, line, "From"));
        Assert.Equal(ExportCell.Empty, Cell(table, line, "Why (members only)"));
    }
}
