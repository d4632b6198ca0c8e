using FunderPortal.Common;

namespace FunderPortal.Charities;

public static class EvidenceViewsMapping
{
    public static EvidenceView ToView(this EvidenceItem e, DateOnly today) => new(
        e.Id, e.Kind, e.Title, e.Summary, e.WorkstreamId, e.ActivityKind, e.DemonstratesRung, e.MilestoneId, e.BarrierId,
        e.Visibility, e.Sensitivity, e.Consent, e.ConsentWithdrawnAt, e.CaseStudy, e.RecordedAt, [.. e.Attachments],
        e.ToAttestationSummary(), EvidenceRules.IsSharedWithFunders(e, today), EvidenceRules.IsPublic(e, today));

    public static AttestationSummary ToAttestationSummary(this EvidenceItem e) => new(
        e.Asks.Count,
        e.Asks.Count(a => a.Answer?.Stance is AttestationStance.Agree or AttestationStance.AgreeWithComment),
        e.Asks.Count(a => a.Answer?.Stance is AttestationStance.DisagreeWithComment),
        e.Asks.Count(a => a.Answer is null),
        EvidenceRules.IsAttested(e),
        [.. e.Asks.Select(a => new AttestationResponseView(a.Participant, a.Answer?.Stance, a.Answer?.Comment, a.Answer?.AnsweredAt, a.Answer?.Reply, a.AskedAt))]);
}
