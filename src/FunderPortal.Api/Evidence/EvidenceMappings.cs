using System.Text.Json;
using System.Text.Json.Nodes;
using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Evidence;

public static class EvidenceMappings
{
    public static EvidenceInput ToInput(this EvidenceRequest r) => new(
        r.Kind, r.Title, r.Summary, r.WorkstreamId, r.ActivityKind, r.DemonstratesRung, r.MilestoneId, r.BarrierId,
        r.Visibility, r.Sensitivity, r.Consent?.ToConsent("consent.scope"),
        r.CaseStudy is { } c ? new CaseStudy(c.Context!, c.WhatWeDid!, c.WhoTookPart!, c.WhatChanged!, c.Lessons!) : null);

    public static Consent ToConsent(this ConsentRequest r, string field = "scope") =>
        r.Scope is { } scope
            ? new Consent(scope, r.ExpiresOn)
            : throw DomainValidationException.For(field, "Required: SharedWithFunders or Public.");

    public static EvidenceResponse ToResponse(this EvidenceView e, string orgId) => new(
        e.Id, e.Kind, e.Title, e.Summary, e.WorkstreamId, e.ActivityKind, e.DemonstratesRung, e.MilestoneId, e.BarrierId,
        e.Visibility, e.Sensitivity,
        e.Consent is { } consent ? new ConsentResponse(consent.Scope, consent.ExpiresOn) : null,
        e.ConsentWithdrawnAt,
        e.CaseStudy?.ToResponse(),
        e.RecordedAt,
        [.. e.Attachments.Select(a => a.ToResponse(orgId, e.Id))],
        new AttestationSummaryResponse(e.Attestation.Asked, e.Attestation.Agreed, e.Attestation.Disagreed, e.Attestation.Waiting,
            e.Attestation.Attested,
            [.. e.Attestation.Responses.Select(r => new AttestationResponseEntry(r.Participant, r.Stance, r.Comment, r.AnsweredAt, r.Reply, r.AskedAt))]),
        e.SharedWithFunders,
        e.IsPublic);

    public static AttachmentResponse ToResponse(this Attachment a, string orgId, string evidenceId) =>
        new(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.AddedAt, $"/api/v1/charities/{orgId}/evidence/{evidenceId}/attachments/{a.Id}");

    public static CaseStudyResponse ToResponse(this CaseStudy c) => new(c.Context, c.WhatWeDid, c.WhoTookPart, c.WhatChanged, c.Lessons);

    public static AttestationPromptResponse ToResponse(this AttestationPrompt p) => new(
        p.CharityName, p.Participant, p.Kind, p.Title, p.Summary, p.CaseStudy?.ToResponse(), p.WorkstreamTitle, p.ExpiresAt,
        Enum.GetValues<AttestationStance>());

    /// <summary>For idempotent replays: the same participants, their links left out (they are shown once).</summary>
    public static byte[] WithoutLinkUrls(byte[] body)
    {
        var json = JsonNode.Parse(body);
        if (json?["links"] is JsonArray links)
        {
            foreach (var link in links.OfType<JsonObject>())
                link["url"] = null;
        }
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }
}
