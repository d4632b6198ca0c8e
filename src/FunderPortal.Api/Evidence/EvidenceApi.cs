using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.Idempotency;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Evidence;

/// <summary><c>/api/v1/charities/{orgId}/evidence</c>: evidence items, their consent, files and participants' answers.</summary>
public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidenceApi(this RouteGroupBuilder charity)
    {
        charity.MapPost("/evidence", Record)
            .WithName("RecordEvidence").WithSummary("Record an evidence item (private and Standard unless said otherwise)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        charity.MapGet("/evidence", List)
            .WithName("ListEvidence").WithSummary("Every evidence item, newest first");

        var item = charity.MapGroup("/evidence/{evidenceId}");
        item.MapGet("/", Get)
            .WithName("GetEvidence").WithSummary("One evidence item, with who was asked to confirm it and every answer");
        item.MapPut("/", Change)
            .WithName("ChangeEvidence").WithSummary("Replace what the item says and where it belongs (consent and answers stay)")
            .ProducesWriteProblems();
        item.MapPut("/consent", RecordConsent)
            .WithName("RecordEvidenceConsent").WithSummary("Record consent to share: scope and optional last day")
            .ProducesWriteProblems();
        item.MapDelete("/consent", WithdrawConsent)
            .WithName("WithdrawEvidenceConsent").WithSummary("Withdraw consent: the item stops being shared at once")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        item.MapAttachmentsApi();

        item.MapPost("/attestations", RequestAttestations)
            .WithName("RequestAttestations").WithSummary("Ask participants to confirm the item: one link each, shown only in this answer, or emailed to recipients")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency(EvidenceMappings.WithoutLinkUrls);
        item.MapPost("/attestations/{participant}/reply", Reply)
            .WithName("ReplyToAttestation").WithSummary("Add the charity's reply beside a participant's answer (the answer itself never changes)")
            .ProducesWriteProblems();
        return charity;
    }

    private static async Task<Created<EvidenceResponse>> Record(
        string orgId, EvidenceRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var view = await grains.Charity(orgId).RecordEvidenceAsync(request.ToInput(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/evidence/{view.Id}", view.ToResponse(orgId));
    }

    private static async Task<Ok<EvidenceResponse[]>> List(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ListEvidenceAsync(user.Subject())).Select(e => e.ToResponse(orgId)).ToArray());

    private static async Task<Ok<EvidenceResponse>> Get(string orgId, string evidenceId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetEvidenceAsync(evidenceId, user.Subject())).ToResponse(orgId));

    private static async Task<Ok<EvidenceResponse>> Change(
        string orgId, string evidenceId, EvidenceRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ChangeEvidenceAsync(evidenceId, request.ToInput(), user.Subject())).ToResponse(orgId));

    private static async Task<Ok<EvidenceResponse>> RecordConsent(
        string orgId, string evidenceId, ConsentRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).RecordConsentAsync(evidenceId, request.ToConsent(), user.Subject())).ToResponse(orgId));

    private static async Task<Ok<EvidenceResponse>> WithdrawConsent(string orgId, string evidenceId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).WithdrawConsentAsync(evidenceId, user.Subject())).ToResponse(orgId));

    private static async Task<Created<AttestationLinksResponse>> RequestAttestations(
        string orgId, string evidenceId, AttestationInviteRequest request, IGrainFactory grains, ClaimsPrincipal user, PortalLinks links,
        HttpContext http)
    {
        var made = await grains.Charity(orgId).RequestAttestationsAsync(evidenceId, request.Participants ?? [],
            [.. (request.Recipients ?? []).Select(r => new FunderPortal.Charities.AttestationRecipient(r?.Participant ?? "", r?.Email ?? ""))], user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/evidence/{evidenceId}",
            new AttestationLinksResponse([.. made.Select(l => new AttestationLinkResponse(l.Participant,
                l.Token is { } token ? links.UrlFor(http.Request, "attest", token) : null, l.ExpiresAt))]));
    }

    private static async Task<Ok<EvidenceResponse>> Reply(
        string orgId, string evidenceId, string participant, AttestationReplyRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ReplyToAttestationAsync(evidenceId, participant, request.Reply, user.Subject())).ToResponse(orgId));
}
