using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.Organisations;
using FunderPortal.Api.Reports;
using FunderPortal.Api.Rounds;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Charities;

/// <summary>
/// <c>/api/v1/charities</c>: registration, profile and members; the journey map's routes hang off the same
/// <c>/{orgId}</c> group. Handlers only translate: the charity grain decides and refuses (its exceptions
/// become problem+json in <see cref="PortalExceptionHandler"/>).
/// </summary>
public static class CharitiesApi
{
    private static readonly OrganisationKind<CharityProfile, RegisterCharity, ChangeCharityProfile, CharityProfileResponse, RegisterCharityRequest, ChangeCharityProfileRequest> Kind = new(
        "Charity", "/api/v1/charities", "The charity's profile, with its version as ETag",
        (grains, orgId) => grains.Charity(orgId), request => request.OrgId, request => request.ToCommand(), request => request.ToCommand(),
        profile => profile.ToResponse(), profile => (profile.OrgId, profile.Version));

    public static IEndpointRouteBuilder MapCharitiesApi(this IEndpointRouteBuilder app)
    {
        var charities = app.MapGroup("/api/v1/charities")
            .WithTags("Charities")
            .RequireAuthorization()
            .ProducesCommonProblems();

        var charity = charities.MapOrganisation(Kind);

        charity.MapInvitationsApi();
        charity.MapWorkstreamsApi();
        charity.MapJourneyApi();
        charity.MapEvidenceApi();
        charity.MapResourcingApi();
        charity.MapSharingApi();
        charity.MapFromFundersApi();
        charity.MapCharityGrantReportsApi();
        charity.MapCharityApplicationsApi();
        app.MapInvitationAcceptance();
        return app;
    }
}
