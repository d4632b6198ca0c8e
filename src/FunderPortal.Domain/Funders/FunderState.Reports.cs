using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    /// <summary>
    /// Acknowledgements of grants' reports, oldest first; null until the first (left out of snapshots until then, so a
    /// snapshot taken before acknowledgements existed is written again exactly as it was).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ReportAcknowledgement>? ReportAcknowledgements { get; set; }

    public IReadOnlyList<ReportAcknowledgement> AcknowledgementsOf(string grantId) =>
        ReportAcknowledgements?.FindAll(a => a.GrantId == grantId) ?? [];

    public ReportAcknowledgement? FindAcknowledgement(string id) => ReportAcknowledgements?.Find(a => a.Id == id);

    partial void ApplyReports(FunderEvent change, DateTimeOffset recordedAt)
    {
        if (change is GrantReportAcknowledged e)
            (ReportAcknowledgements ??= []).Add(new ReportAcknowledgement(e.AcknowledgementId, e.GrantId, e.Note, e.By, recordedAt));
    }
}
