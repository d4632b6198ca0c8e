namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<EvidenceItem> Evidence { get; set; } = [];

    public EvidenceItem? FindEvidence(string id) => Evidence.Find(e => e.Id == id);

    /// <summary>The item and ask a link's token (by its hash) belongs to, if any.</summary>
    public (EvidenceItem Item, AttestationAsk Ask)? FindAsk(string tokenHash)
    {
        foreach (var item in Evidence)
        {
            if (item.Asks.Find(a => a.TokenHash == tokenHash) is { } ask)
                return (item, ask);
        }
        return null;
    }

    partial void ApplyEvidence(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case EvidenceRecorded e:
                var item = new EvidenceItem
                {
                    Id = e.EvidenceId,
                    Kind = e.Details.Kind,
                    Title = e.Details.Title,
                    WorkstreamId = e.Details.WorkstreamId,
                    RecordedAt = recordedAt,
                    Consent = e.Consent,
                };
                Describe(item, e.Details);
                Evidence.Add(item);
                break;
            case EvidenceChanged e when FindEvidence(e.EvidenceId) is { } changed:
                Describe(changed, e.Details);
                break;
            case EvidenceConsentRecorded e when FindEvidence(e.EvidenceId) is { } consented:
                consented.Consent = e.Consent;
                consented.ConsentWithdrawnAt = null;
                break;
            case EvidenceConsentWithdrawn e when FindEvidence(e.EvidenceId) is { } withdrawn:
                withdrawn.Consent = null;
                withdrawn.ConsentWithdrawnAt = recordedAt;
                break;
            case EvidenceAttachmentAdded e when FindEvidence(e.EvidenceId) is { } attached:
                attached.Attachments.Add(e.Attachment);
                break;
            case AttestationsRequested e when FindEvidence(e.EvidenceId) is { } asked:
                foreach (var p in e.Asked)
                {
                    // Asking again replaces an unanswered ask: the old link stops working.
                    asked.Asks.RemoveAll(a => a.Participant == p.Participant && a.Answer is null);
                    asked.Asks.Add(new AttestationAsk(p.Participant, p.TokenHash, recordedAt, p.ExpiresAt, null));
                }
                break;
            case AttestationAnswered e when FindEvidence(e.EvidenceId)?.Asks.Find(a => a.TokenHash == e.TokenHash) is { } open:
                Replace(FindEvidence(e.EvidenceId)!.Asks, a => a == open, open with { Answer = new AttestationAnswer(e.Stance, e.Comment, recordedAt) });
                break;
            case AttestationReplyAdded e when FindEvidence(e.EvidenceId) is { } replied:
                if (replied.Asks.Find(a => a.Participant == e.Participant && a.Answer is not null) is { Answer: { } answer } ask)
                    Replace(replied.Asks, a => a == ask, ask with { Answer = answer with { Reply = e.Reply, RepliedAt = recordedAt } });
                break;
        }
    }

    private static void Describe(EvidenceItem item, EvidenceDetails d)
    {
        item.Kind = d.Kind;
        item.Title = d.Title;
        item.Summary = d.Summary;
        item.WorkstreamId = d.WorkstreamId;
        item.ActivityKind = d.ActivityKind;
        item.DemonstratesRung = d.DemonstratesRung;
        item.MilestoneId = d.MilestoneId;
        item.BarrierId = d.BarrierId;
        item.Visibility = d.Visibility;
        item.Sensitivity = d.Sensitivity;
        item.CaseStudy = d.CaseStudy;
    }
}
