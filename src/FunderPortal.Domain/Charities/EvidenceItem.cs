using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>One piece of evidence as folded from the charity's events.</summary>
public sealed class EvidenceItem
{
    public required string Id { get; set; }
    public required EvidenceKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public required string WorkstreamId { get; set; }
    public ActivityKind? ActivityKind { get; set; }
    public LadderRung? DemonstratesRung { get; set; }
    public string? MilestoneId { get; set; }
    public string? BarrierId { get; set; }
    public Visibility Visibility { get; set; }
    public Sensitivity Sensitivity { get; set; }
    public Consent? Consent { get; set; }
    public DateTimeOffset? ConsentWithdrawnAt { get; set; }
    public CaseStudy? CaseStudy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public List<Attachment> Attachments { get; set; } = [];
    public List<AttestationAsk> Asks { get; set; } = [];
}
