using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Exports;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.OpenApi;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Funders;

/// <summary><c>/api/v1/funders/{orgId}/grants</c> and <c>/feedback</c>: what a funder gives charities, money and otherwise.</summary>
public static class FunderGrantsApi
{
    public static RouteGroupBuilder MapFunderGrantsApi(this RouteGroupBuilder funder)
    {
        funder.MapPost("/grants", RecordGrant)
            .WithName("RecordGrant").WithSummary("Record a grant to a charity (multi-year allowed; amount in whole pence)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        funder.MapGet("/grants", GetGrants)
            .WithName("ListGrants").WithSummary("Every grant, newest award first");
        funder.MapGet("/grants/export", ExportRoutes.GrantsAsync)
            .WithName("ExportGrants").WithSummary("Every grant as a CSV file or an Excel workbook, newest award first")
            .ProducesExport();
        funder.MapGet("/grants/{grantId}", GetGrant)
            .WithName("GetGrant").WithSummary("One grant");

        funder.MapPost("/feedback", GiveFeedback)
            .WithName("GiveFeedback").WithSummary("Give a charity feedback or offer non-financial support")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        funder.MapGet("/feedback", GetFeedback)
            .WithName("ListFeedback").WithSummary("Feedback and offers of support given, newest first");
        funder.MapGet("/feedback/{feedbackId}", GetFeedbackItem)
            .WithName("GetFeedback").WithSummary("One piece of feedback or offer of support");
        return funder;
    }

    private static async Task<Created<GrantResponse>> RecordGrant(
        string orgId, RecordGrantRequest request, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var command = request.ToCommand() with { RequestId = IdempotentRequest.IdOf(http) };
        var grant = await grains.Funder(orgId).RecordGrantAsync(command, user.Subject());
        return TypedResults.Created($"/api/v1/funders/{orgId}/grants/{grant.Id}", grant.ToResponse());
    }

    private static async Task<Ok<GrantResponse[]>> GetGrants(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetGrantsAsync(user.Subject())).Select(g => g.ToResponse()).ToArray());

    private static async Task<Ok<GrantResponse>> GetGrant(string orgId, string grantId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetGrantAsync(grantId, user.Subject())).ToResponse());

    private static async Task<Created<FeedbackResponse>> GiveFeedback(
        string orgId, GiveFeedbackRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var feedback = await grains.Funder(orgId).GiveFeedbackAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/funders/{orgId}/feedback/{feedback.Id}", feedback.ToResponse());
    }

    private static async Task<Ok<FeedbackResponse[]>> GetFeedback(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetFeedbackAsync(user.Subject())).Select(f => f.ToResponse()).ToArray());

    private static async Task<Ok<FeedbackResponse>> GetFeedbackItem(string orgId, string feedbackId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetFeedbackItemAsync(feedbackId, user.Subject())).ToResponse());
}
