using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary>
/// What funders did towards the charity, for its members: <c>/inbox</c> (each member's own read marks), <c>/feedback</c>
/// (a conversation: editors reply, the funder is told) and <c>/grants</c> (with what each committed to the plan).
/// Anyone else is told the charity is not found.
/// </summary>
public static class FromFundersApi
{
    public static RouteGroupBuilder MapFromFundersApi(this RouteGroupBuilder charity)
    {
        charity.MapGet("/inbox", GetInbox)
            .WithName("GetCharityInbox").WithSummary("Everything funders did towards the charity, newest first, with your own read marks (members)")
            .ProducesValidationProblem();
        charity.MapPost("/inbox/{itemId}/read", MarkRead)
            .WithName("MarkInboxItemRead").WithSummary("Mark an inbox item read, for you alone (members)");

        charity.MapGet("/feedback", GetFeedback)
            .WithName("ListCharityFeedback").WithSummary("Every funder's feedback and offers of support, newest first, with the replies (members)")
            .ProducesValidationProblem();
        charity.MapGet("/feedback/{funderOrgId}/{feedbackId}", GetFeedbackItem)
            .WithName("GetCharityFeedback").WithSummary("One funder's feedback or offer of support, with the replies (members)");
        charity.MapPost("/feedback/{funderOrgId}/{feedbackId}/replies", Reply)
            .WithName("ReplyToFeedback").WithSummary("Reply to a funder's feedback or offer of support (editors); the funder sees the reply")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();

        charity.MapGet("/grants", GetGrants)
            .WithName("ListCharityGrants").WithSummary("Grants funders recorded to the charity, newest first, with what each committed to the plan (members)")
            .ProducesValidationProblem();
        return charity;
    }

    private static async Task<Ok<InboxResponse>> GetInbox(
        string orgId, [Description("true: only the items you have not marked read.")] bool? unread,
        [Range(typeof(long), "0", "9223372036854775807"), Description(PageParameters.After)] long? after,
        [Range(1, Paging.MaxLimit), Description(PageParameters.Limit)] int? limit, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetInboxAsync(unread == true, after, Paging.Check(after, limit), user.Subject())).ToResponse());

    private static async Task<NoContent> MarkRead(string orgId, string itemId, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Charity(orgId).MarkInboxItemReadAsync(itemId, user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CharityFeedbackListResponse>> GetFeedback(
        string orgId, [Range(typeof(long), "0", "9223372036854775807"), Description(PageParameters.After)] long? after,
        [Range(1, Paging.MaxLimit), Description(PageParameters.Limit)] int? limit, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetFeedbackFromFundersAsync(after, Paging.Check(after, limit), user.Subject())).ToResponse());

    private static async Task<Ok<CharityFeedbackResponse>> GetFeedbackItem(
        string orgId, string funderOrgId, string feedbackId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetFeedbackFromFunderAsync(funderOrgId, feedbackId, user.Subject())).ToResponse());

    private static async Task<Created<FeedbackReplyResponse>> Reply(
        string orgId, string funderOrgId, string feedbackId, FeedbackReplyRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var reply = await grains.Charity(orgId).ReplyToFeedbackAsync(funderOrgId, feedbackId, request.Text, user.Subject());
        return TypedResults.Created(
            $"/api/v1/charities/{orgId}/feedback/{Uri.EscapeDataString(funderOrgId)}/{Uri.EscapeDataString(feedbackId)}", reply.ToResponse());
    }

    private static async Task<Ok<CharityGrantListResponse>> GetGrants(
        string orgId, [Range(typeof(long), "0", "9223372036854775807"), Description(PageParameters.After)] long? after,
        [Range(1, Paging.MaxLimit), Description(PageParameters.Limit)] int? limit, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetGrantsFromFundersAsync(after, Paging.Check(after, limit), user.Subject())).ToResponse());
}
