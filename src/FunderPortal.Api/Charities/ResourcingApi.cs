using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Exports;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.OpenApi;
using FunderPortal.Api.Reads;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary>
/// <c>/api/v1/charities/{orgId}/resourcing</c>: what the co-production work costs, line by line, how it is funded,
/// funders' pledges and the plan in figures. Editors change it, members read it. Pledges are offered by funders
/// through their own routes (the grain's <c>OfferPledgeAsync</c>), never here.
/// </summary>
public static class ResourcingApi
{
    public static RouteGroupBuilder MapResourcingApi(this RouteGroupBuilder charity)
    {
        var resourcing = charity.MapGroup("/resourcing");

        resourcing.MapGet("/summary", GetSummary)
            .WithName("GetResourcingSummary").WithSummary("The plan in figures, now or at asOf: total, funded, gap, offered, participant share, breakdowns and warnings")
            .ProducesValidationProblem();

        resourcing.MapPost("/lines", PlanLine)
            .WithName("PlanResourcingLine").WithSummary("Add a line to the resourcing plan: category, quantity × unit cost in pence, period, workstream")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        resourcing.MapGet("/lines", GetLines)
            .WithName("ListResourcingLines").WithSummary("Every line in the plan with its funding, pledges, funded and gap, in the order planned");
        resourcing.MapGet("/export", ExportRoutes.ResourcingPlanAsync)
            .WithName("ExportResourcingPlan").WithSummary("The plan's lines as a CSV file or an Excel workbook, one line a row with its cost and funding (members; funders with the plan shared)")
            .ProducesExport();

        var line = resourcing.MapGroup("/lines/{lineId}");
        line.MapGet("/", GetLine)
            .WithName("GetResourcingLine").WithSummary("One line with its funding, pledges, funded and gap");
        line.MapPut("/", ChangeLine)
            .WithName("ChangeResourcingLine").WithSummary("Replace a line's terms; refused with 409 if its funding would exceed the new total")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        line.MapDelete("/", WithdrawLine)
            .WithName("WithdrawResourcingLine").WithSummary("Withdraw a line from the plan; refused with 409 while a funder's money is recorded against it")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        line.MapPost("/funding", RecordFunding)
            .WithName("RecordLineFunding").WithSummary("Record funding against a line: SelfFunded, Committed or Received; refused with 409 beyond the line's total")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        line.MapGet("/funding/{fundingId}", GetFunding)
            .WithName("GetLineFunding").WithSummary("One funding entry of a line");
        line.MapPut("/funding/{fundingId}", ChangeFunding)
            .WithName("ChangeLineFunding").WithSummary("Replace a funding entry, e.g. committed money now received")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        line.MapDelete("/funding/{fundingId}", RemoveFunding)
            .WithName("RemoveLineFunding").WithSummary("Remove a funding entry")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        line.MapPost("/pledges/{pledgeId}/accept", AcceptPledge)
            .WithName("AcceptPledge").WithSummary("Accept a funder's pledge: it counts as funding from now on; refused with 409 beyond the line's total")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        line.MapPost("/pledges/{pledgeId}/decline", DeclinePledge)
            .WithName("DeclinePledge").WithSummary("Decline a funder's pledge (or release an accepted one): it no longer counts")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return charity;
    }

    private static async Task<ConditionalJson<ResourcingSummaryResponse>> GetSummary(
        string orgId, DateTimeOffset? asOf, IGrainFactory grains, ClaimsPrincipal user) =>
        ConditionalJson.ForContent((await grains.Charity(orgId).GetResourcingSummaryAsync(asOf?.ToUniversalTime(), user.Subject())).ToResponse());

    private static async Task<Created<ResourcingLineResponse>> PlanLine(
        string orgId, ResourcingLineRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var line = await grains.Charity(orgId).PlanResourcingLineAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/resourcing/lines/{line.Id}", line.ToResponse());
    }

    // The plan as a reader sees it (a funder's member sees only their own pledges named): tagged by what it shows.
    private static async Task<ConditionalJson<ResourcingLineResponse[]>> GetLines(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        ConditionalJson.ForContent((await grains.Charity(orgId).GetResourcingLinesAsync(user.Subject())).Select(l => l.ToResponse()).ToArray());

    private static async Task<ConditionalJson<ResourcingLineResponse>> GetLine(string orgId, string lineId, IGrainFactory grains, ClaimsPrincipal user) =>
        ConditionalJson.ForContent((await grains.Charity(orgId).GetResourcingLineAsync(lineId, user.Subject())).ToResponse());

    private static async Task<Ok<ResourcingLineResponse>> ChangeLine(
        string orgId, string lineId, ResourcingLineRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ChangeResourcingLineAsync(lineId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<NoContent> WithdrawLine(string orgId, string lineId, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Charity(orgId).WithdrawResourcingLineAsync(lineId, user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Created<LineFundingResponse>> RecordFunding(
        string orgId, string lineId, FundingRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var funding = await grains.Charity(orgId).RecordLineFundingAsync(lineId, request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/resourcing/lines/{lineId}/funding/{funding.Id}", funding.ToResponse());
    }

    private static async Task<Ok<LineFundingResponse>> GetFunding(
        string orgId, string lineId, string fundingId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetLineFundingAsync(lineId, fundingId, user.Subject())).ToResponse());

    private static async Task<Ok<LineFundingResponse>> ChangeFunding(
        string orgId, string lineId, string fundingId, FundingRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ChangeLineFundingAsync(lineId, fundingId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<NoContent> RemoveFunding(string orgId, string lineId, string fundingId, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Charity(orgId).RemoveLineFundingAsync(lineId, fundingId, user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ResourcingLineResponse>> AcceptPledge(
        string orgId, string lineId, string pledgeId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).AcceptPledgeAsync(lineId, pledgeId, user.Subject())).ToResponse());

    private static async Task<Ok<ResourcingLineResponse>> DeclinePledge(
        string orgId, string lineId, string pledgeId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).DeclinePledgeAsync(lineId, pledgeId, user.Subject())).ToResponse());
}
