using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.Reads;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary>The journey over time: the map at any instant, progress between two, check-ins, leadership, history.</summary>
public static class JourneyApi
{
    public static RouteGroupBuilder MapJourneyApi(this RouteGroupBuilder charity)
    {
        charity.MapGet("/journey", GetJourney)
            .WithName("GetJourney")
            .WithSummary("The journey map now, or as it was at asOf. With roundId, also a panellist of that round whose application from this charity links it, while the panel judges (logged in the access log naming the round)")
            .ProducesValidationProblem();
        charity.MapGet("/journey/progress", GetProgress)
            .WithName("GetJourneyProgress").WithSummary("What changed between two instants: rungs, milestones met, barriers overcome, check-ins")
            .ProducesValidationProblem();

        charity.MapPost("/check-ins", RecordCheckIn)
            .WithName("RecordCheckIn").WithSummary("Record a check-in: reflections, readiness answers, principle ratings")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        charity.MapGet("/check-ins", GetCheckIns)
            .WithName("ListCheckIns").WithSummary("Every check-in, newest first");
        charity.MapGet("/check-ins/{checkInId}", GetCheckIn)
            .WithName("GetCheckIn").WithSummary("One check-in: what the staff say, and what participants say (totals only, from 3 answers)");
        charity.MapPost("/check-ins/{checkInId}/participant-links", MakeParticipantLinks)
            .WithName("MakeParticipantCheckInLinks")
            .WithSummary("Ask participants to rate the check-in themselves: one link each (30 days, one use), shown only in this answer, or emailed to recipients")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency(EvidenceMappings.WithoutLinkUrls);

        charity.MapPut("/leadership", RecordLeadership)
            .WithName("RecordLeadership").WithSummary("The lived-experience leadership indicators as they now are")
            .ProducesWriteProblems();
        charity.MapGet("/leadership", GetLeadership)
            .WithName("GetLeadership").WithSummary("Lived-experience leadership indicators beside the national benchmarks");

        charity.MapGet("/audit", GetAudit)
            .WithName("GetCharityAudit")
            .WithSummary("Who changed or read what, and when: the newest changes and funders' reads that concern this charity, newest first (members; read-only)")
            .ProducesValidationProblem();
        charity.MapGet("/history", GetHistory)
            .WithName("GetCharityHistory").WithSummary("Every recorded change, oldest first, a page at a time")
            .ProducesValidationProblem();
        return charity;
    }

    private static async Task<ConditionalJson<JourneyResponse>> GetJourney(
        string orgId, DateTimeOffset? asOf,
        [MaxLength(Limits.Id), Description("The round whose panel reads the map: the application's journeyUrl carries it.")] string? roundId,
        IGrainFactory grains, LocalReads local, ClaimsPrincipal user)
    {
        // A member's read of the map now is answered from what the charity's grain published in this silo (LocalReads);
        // every other read asks the grain, which decides and logs.
        var journey = asOf is null && roundId is null ? local.JourneyForMember(orgId, user.Subject()) : null;
        journey ??= roundId is null
            ? await grains.Charity(orgId).GetJourneyAsync(asOf?.ToUniversalTime(), user.Subject())
            : await grains.Charity(orgId).GetJourneyForRoundAsync(roundId, asOf?.ToUniversalTime(), user.Subject());
        // The map now is its version's alone (ETag "12", as the profile's); as of another instant it is tagged by its content.
        return asOf is null
            ? ConditionalJson.ForVersion($"charity/{journey.OrgId}", journey.Version, journey.ToResponse)
            : ConditionalJson.ForContent(journey.ToResponse());
    }

    private static async Task<Ok<ProgressResponse>> GetProgress(
        string orgId, DateTimeOffset? from, DateTimeOffset? to, IGrainFactory grains, IClock clock, ClaimsPrincipal user)
    {
        if (from is null)
            throw DomainValidationException.For("from", "Required: the instant to measure progress from (ISO 8601).");
        var view = await grains.Charity(orgId).GetProgressAsync(from.Value.ToUniversalTime(), (to ?? clock.UtcNow).ToUniversalTime(), user.Subject());
        return TypedResults.Ok(view.ToResponse());
    }

    private static async Task<Created<CheckInResponse>> RecordCheckIn(
        string orgId, CheckInRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var checkIn = await grains.Charity(orgId).RecordCheckInAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/check-ins/{checkIn.Id}", checkIn.ToResponse());
    }

    private static async Task<Ok<CheckInResponse[]>> GetCheckIns(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetCheckInsAsync(user.Subject())).Select(c => c.ToResponse()).ToArray());

    private static async Task<Ok<CheckInResponse>> GetCheckIn(string orgId, string checkInId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetCheckInAsync(checkInId, user.Subject())).ToResponse());

    private static async Task<Created<AttestationLinksResponse>> MakeParticipantLinks(
        string orgId, string checkInId, AttestationInviteRequest request, IGrainFactory grains, ClaimsPrincipal user, PortalLinks links, HttpContext http)
    {
        var made = await grains.Charity(orgId).MakeParticipantCheckInLinksAsync(checkInId, request.Participants ?? [],
            [.. (request.Recipients ?? []).Select(r => new AttestationRecipient(r?.Participant ?? "", r?.Email ?? ""))], user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/check-ins/{checkInId}",
            new AttestationLinksResponse([.. made.Select(l => new AttestationLinkResponse(l.Participant,
                l.Token is { } token ? links.UrlFor(http.Request, "voice", token) : null, l.ExpiresAt))]));
    }

    private static async Task<Ok<LeadershipResponse>> RecordLeadership(
        string orgId, LeadershipRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).RecordLeadershipAsync(request.ToValues(), user.Subject())).ToResponse());

    private static async Task<Ok<LeadershipResponse>> GetLeadership(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetLeadershipAsync(user.Subject())).ToResponse());

    private static async Task<Ok<AuditEntryResponse[]>> GetAudit(
        string orgId, [Range(1, Limits.HistoryPageMax), Description("How many entries, newest first: 1 to 1000 (default 100).")] int? limit, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (limit is < 1 or > Limits.HistoryPageMax)
            throw DomainValidationException.For("limit", $"Between 1 and {Limits.HistoryPageMax}.");
        return TypedResults.Ok((await grains.Charity(orgId).GetAuditAsync(limit ?? Limits.HistoryPageDefault, user.Subject())).Select(e => e.ToResponse()).ToArray());
    }

    private static async Task<Ok<HistoryResponse>> GetHistory(
        string orgId, [Range(typeof(long), "0", "9223372036854775807"), Description("Entries after this position (0 for the first page).")] long? after,
        [Range(1, Limits.HistoryPageMax), Description("How many entries: 1 to 1000 (default 100).")] int? limit, IGrainFactory grains, ClaimsPrincipal user)
    {
        var errors = new ErrorBag();
        if (after < 0)
            errors.Add("after", "A version: 0 or more.");
        if (limit is < 1 or > Limits.HistoryPageMax)
            errors.Add("limit", $"Between 1 and {Limits.HistoryPageMax}.");
        errors.ThrowIfAny();
        var page = await grains.Charity(orgId).GetHistoryAsync(after ?? 0, limit ?? Limits.HistoryPageDefault, user.Subject());
        return TypedResults.Ok(page.ToResponse());
    }
}
