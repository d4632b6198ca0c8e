using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.Organisations;
using FunderPortal.Api.Reports;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Funders;

/// <summary>
/// <c>/api/v1/funders</c>: registration, profile, members and programmes; grants, feedback, the portfolio and
/// open data hang off the same <c>/{orgId}</c> group. Handlers only translate: the funder grain decides and
/// refuses (its exceptions become problem+json in <see cref="PortalExceptionHandler"/>).
/// </summary>
public static class FundersApi
{
    private static readonly OrganisationKind<FunderProfile, RegisterFunder, ChangeFunderProfile, FunderProfileResponse, RegisterFunderRequest, ChangeFunderProfileRequest> Kind = new(
        "Funder", "/api/v1/funders", "The funder's profile and programmes, with its version as ETag",
        (grains, orgId) => grains.Funder(orgId), request => request.OrgId, request => request.ToCommand(), request => request.ToCommand(),
        profile => profile.ToResponse(), profile => (profile.OrgId, profile.Version));

    public static IEndpointRouteBuilder MapFundersApi(this IEndpointRouteBuilder app)
    {
        var funders = app.MapGroup("/api/v1/funders")
            .WithTags("Funders")
            .RequireAuthorization()
            .ProducesCommonProblems();

        var funder = funders.MapOrganisation(Kind);

        funder.MapGet("/programmes", GetProgrammes)
            .WithName("ListProgrammes").WithSummary("The funder's grant programmes");
        funder.MapPost("/programmes", AddProgramme)
            .WithName("AddProgramme").WithSummary("Add a grant programme")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        funder.MapPut("/programmes/{programmeId}", ChangeProgramme)
            .WithName("ChangeProgramme").WithSummary("Replace a programme's title and description")
            .ProducesWriteProblems();

        funder.MapFunderGrantsApi();
        funder.MapFunderGrantReportsApi();
        funder.MapPortfolioApi();
        funder.MapOpenGrantsApi();
        funder.MapGrantImportsApi();
        funder.MapPublicationApi();
        funder.MapPledgesApi();
        app.MapPublicOpenGrantsApi();
        return app;
    }

    private static async Task<Ok<ProgrammeResponse[]>> GetProgrammes(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetProfileAsync(user.Subject())).Programmes.Select(p => p.ToResponse()).ToArray());

    private static async Task<Created<ProgrammeResponse>> AddProgramme(
        string orgId, ProgrammeRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var programme = await grains.Funder(orgId).AddProgrammeAsync(request.ToDetails(), user.Subject());
        return TypedResults.Created($"/api/v1/funders/{orgId}/programmes/{programme.Id}", programme.ToResponse());
    }

    private static async Task<Ok<ProgrammeResponse>> ChangeProgramme(
        string orgId, string programmeId, ProgrammeRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).ChangeProgrammeAsync(programmeId, request.ToDetails(), user.Subject())).ToResponse());
}
