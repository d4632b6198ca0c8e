using System.ComponentModel;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Reports;

/// <summary>
/// The grant report, made from the shared journey: <c>/api/v1/funders/{orgId}/grants/{grantId}/report</c> for the funder
/// that made the grant (403 naming the Journey scope when it is not shared), its acknowledgements, and
/// <c>/api/v1/charities/{orgId}/grants/{funderOrgId}/{grantId}/report</c>, the same report for the charity's members.
/// </summary>
public static class GrantReportsApi
{
    private const string FromWords = "First day of the period (YYYY-MM-DD); the grant's start (its award date or planned start, whichever is earlier) when left out.";
    private const string ToWords = "Last day of the period (YYYY-MM-DD), not after today; today when left out.";

    public static RouteGroupBuilder MapFunderGrantReportsApi(this RouteGroupBuilder funder)
    {
        funder.MapGet("/grants/{grantId}/report", GetFunderReport)
            .WithName("GetGrantReport")
            .WithSummary("The grant's report, made from the journey the charity shares over a period: progress, evidence, participants' words, money, leadership")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        funder.MapPost("/grants/{grantId}/report/acknowledgements", Acknowledge)
            .WithName("AcknowledgeGrantReport").WithSummary("Acknowledge the grant's report with a note the charity sees (editors)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        return funder;
    }

    public static RouteGroupBuilder MapCharityGrantReportsApi(this RouteGroupBuilder charity)
    {
        charity.MapGet("/grants/{funderOrgId}/{grantId}/report", GetCharityReport)
            .WithName("GetCharityGrantReport")
            .WithSummary("A funder's grant report as that funder sees it, for the charity's members")
            .ProducesValidationProblem();
        return charity;
    }

    private static async Task<Ok<GrantReportResponse>> GetFunderReport(
        string orgId, string grantId, [Description(FromWords)] DateOnly? from, [Description(ToWords)] DateOnly? to,
        IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetGrantReportAsync(grantId, from, to, user.Subject())).ToResponse());

    private static async Task<Ok<GrantReportResponse>> GetCharityReport(
        string orgId, string funderOrgId, string grantId, [Description(FromWords)] DateOnly? from, [Description(ToWords)] DateOnly? to,
        IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetGrantReportAsync(funderOrgId, grantId, from, to, user.Subject())).ToResponse());

    private static async Task<Created<AcknowledgementResponse>> Acknowledge(
        string orgId, string grantId, AcknowledgeReportRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var acknowledgement = await grains.Funder(orgId).AcknowledgeGrantReportAsync(grantId, request.Note, user.Subject());
        return TypedResults.Created($"/api/v1/funders/{orgId}/grants/{grantId}/report", acknowledgement.ToResponse());
    }
}
