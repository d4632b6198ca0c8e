using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>An evidence item as the charity describes it (recording one, or replacing its description).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.EvidenceInput")]
public sealed record EvidenceInput(
    [property: Id(0)] EvidenceKind? Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Summary,
    [property: Id(3)] string WorkstreamId,
    [property: Id(4)] ActivityKind? ActivityKind,
    [property: Id(5)] LadderRung? DemonstratesRung,
    [property: Id(6)] string? MilestoneId,
    [property: Id(7)] string? BarrierId,
    [property: Id(8)] Visibility? Visibility,
    [property: Id(9)] Sensitivity? Sensitivity,
    [property: Id(10)] Consent? Consent,
    [property: Id(11)] CaseStudy? CaseStudy);

/// <summary>
/// A link for one participant; the token is shown once and only its hash is kept. <see cref="Token"/> is null for a link
/// emailed to the participant: it goes to them alone.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationLink")]
public sealed record AttestationLink(
    [property: Id(0)] string Participant,
    [property: Id(1)] string? Token,
    [property: Id(2)] DateTimeOffset ExpiresAt);

/// <summary>A participant whose link is emailed to <see cref="Email"/> instead of shown (the address is personal data).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationRecipient")]
public sealed record AttestationRecipient(
    [property: Id(0)] string Participant,
    [property: Id(1)] string Email);
