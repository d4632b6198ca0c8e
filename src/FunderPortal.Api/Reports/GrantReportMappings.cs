using FunderPortal.Api.Charities;
using FunderPortal.Charities;
using FunderPortal.Funders;

namespace FunderPortal.Api.Reports;

public static class GrantReportMappings
{
    public static GrantReportResponse ToResponse(this GrantReport r)
    {
        var s = r.Sections;
        return new GrantReportResponse(r.FunderOrgId, r.GrantId, r.CharityOrgId, r.Period.From, r.Period.To,
            new ReportProgressResponse(s.Progress.RungChanges, s.Progress.MilestonesMet, s.Progress.BarriersOvercome, s.Progress.CheckInsHeld,
                s.Progress.EvidenceAdded),
            s.Evidence?.Select(e => new ReportEvidenceResponse(e.Id, e.Title, e.Kind,
                new AttestationCountsResponse(e.Attestation.Agree, e.Attestation.AgreeWithComment, e.Attestation.Disagree, e.Attestation.Pending))).ToArray(),
            s.ParticipantsWords?.Select(w => new ParticipantWordsResponse(w.EvidenceId, w.Stance, w.Text)).ToArray(),
            s.Resourcing is { } plan
                ? new ReportResourcingResponse(plan.TotalPence, plan.FundedPence, plan.GapPence,
                    [.. plan.Lines.Select(l => new ReportLineResponse(l.LineId, l.Category, l.Description, l.TotalPence, l.FundedPence, l.GapPence))])
                : null,
            s.Leadership.ToResponse(),
            [.. r.Acknowledgements.Select(a => a.ToResponse())]);
    }

    public static AcknowledgementResponse ToResponse(this ReportAcknowledgement a) => new(a.Note, a.By, a.At);
}
