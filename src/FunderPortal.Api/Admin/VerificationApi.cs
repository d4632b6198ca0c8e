using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Funders;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Admin;

/// <summary>
/// Platform admins verify charities and funders, and withdraw a verification given in error. Both are idempotent; the
/// admin group has already refused anyone else (403). Each change is in the organisation's own history with the admin
/// as actor, so a charity's audit shows who verified it and when.
/// </summary>
public static class VerificationApi
{
    public static RouteGroupBuilder MapVerificationApi(this RouteGroupBuilder admin)
    {
        admin.MapPut("/charities/{orgId}/verification", VerifyCharity)
            .WithName("VerifyCharity").WithSummary("Mark a charity as verified (recording who and when); already verified changes nothing")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapDelete("/charities/{orgId}/verification", WithdrawCharityVerification)
            .WithName("WithdrawCharityVerification").WithSummary("Withdraw a charity's verification, e.g. one given in error")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPut("/funders/{orgId}/verification", VerifyFunder)
            .WithName("VerifyFunder").WithSummary("Mark a funder as verified (recording who and when); already verified changes nothing")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapDelete("/funders/{orgId}/verification", WithdrawFunderVerification)
            .WithName("WithdrawFunderVerification").WithSummary("Withdraw a funder's verification, e.g. one given in error")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return admin;
    }

    private static async Task<Ok<OrganisationVerificationResponse>> VerifyCharity(
        string orgId, VerifyOrganisationRequest? request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).VerifyAsync(request?.Note, user.Subject())).ToResponse());

    private static async Task<NoContent> WithdrawCharityVerification(string orgId, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Charity(orgId).WithdrawVerificationAsync(user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<OrganisationVerificationResponse>> VerifyFunder(
        string orgId, VerifyOrganisationRequest? request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).VerifyAsync(request?.Note, user.Subject())).ToResponse());

    private static async Task<NoContent> WithdrawFunderVerification(string orgId, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Funder(orgId).WithdrawVerificationAsync(user.Subject());
        return TypedResults.NoContent();
    }
}
