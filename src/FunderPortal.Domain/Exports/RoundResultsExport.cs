using FunderPortal.Rounds;

namespace FunderPortal.Exports;

/// <summary>
/// A round's results as a spreadsheet, one application a row in the results' order: the scores, disagreement, rank and
/// recommended award. No panellist's own totals (those stay in the round's page); what the reader may not see is already
/// left out of the view (a conflicted panellist's scores, applicants' names hidden from the panel).
/// </summary>
public static class RoundResultsExport
{
    public static ExportTable<ResultRow> Table { get; } = new("round-results",
    [
        new("Rank", r => ExportCell.Of(r.Rank)),
        new("Tied", r => ExportCell.Of(r.Tied)),
        new("Application", r => ExportCell.Of(r.Label)),
        new("Application id", r => ExportCell.Of(r.ApplicationId)),
        new("Charity", r => ExportCell.Of(r.CharityName)),
        new("Requested (£)", r => ExportCell.Pence(r.AmountRequestedPence)),
        new("Mean score", r => ExportCell.Of(r.Mean)),
        new("Median score", r => ExportCell.Of(r.Median)),
        new("Standard deviation", r => ExportCell.Of(r.StandardDeviation)),
        new("Normalised score", r => ExportCell.Of(r.NormalisedScore)),
        new("Scorers", r => ExportCell.Of(r.Scorers)),
        new("Panellists who could score", r => ExportCell.Of(r.EligiblePanellists)),
        new("Panel disagrees", r => ExportCell.Of(r.Disagreement)),
        new("Points", r => ExportCell.Of(r.Points)),
        new("Recommended award (£)", r => ExportCell.Pence(r.RecommendedAwardPence)),
    ]);
}
