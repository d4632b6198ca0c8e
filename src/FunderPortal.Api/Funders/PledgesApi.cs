using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Funders;

/// <summary>
/// <c>POST /api/v1/funders/{orgId}/pledges</c>: a funder's editor offers money against a line of a plan the charity
/// shares with it; the charity then accepts or declines, unless the funder withdraws it first (<c>…/{pledgeId}/withdraw</c>). The funder grain says who its editors are, the charity
/// grain whether the plan is shared with that funder.
/// </summary>
public static class PledgesApi
{
    public static RouteGroupBuilder MapPledgesApi(this RouteGroupBuilder funder)
    {
        funder.MapPost("/pledges", Pledge)
            .WithName("OfferPledge").WithSummary("Offer money against a line of a resourcing plan shared with you")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        funder.MapPost("/pledges/{pledgeId}/withdraw", Withdraw)
            .WithName("WithdrawPledge").WithSummary("Withdraw a pledge the charity has not yet accepted or declined (409 after)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return funder;
    }

    private static async Task<Ok<PledgeOfferResponse>> Withdraw(string orgId, string pledgeId, IGrainFactory grains, ClaimsPrincipal user)
    {
        var pledge = await grains.Funder(orgId).WithdrawPledgeAsync(pledgeId, user.Subject());
        return TypedResults.Ok(new PledgeOfferResponse(pledge.Id, pledge.CharityOrgId, pledge.LineId, pledge.AmountPence, pledge.Status));
    }

    private static async Task<Created<PledgeOfferResponse>> Pledge(string orgId, PledgeRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var pledge = await grains.Funder(orgId).OfferPledgeAsync(request.CharityOrgId, request.LineId, request.AmountPence, request.Note,
            user.Subject());
        return TypedResults.Created($"/api/v1/charities/{request.CharityOrgId}/resourcing/lines/{request.LineId}",
            new PledgeOfferResponse(pledge.Id, request.CharityOrgId!, request.LineId!, pledge.AmountPence, pledge.Status));
    }
}
