using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Funders;

/// <summary><c>/api/v1/funders/{orgId}/360giving</c>: the funder's grants as open data in the 360Giving Data Standard.</summary>
public static class OpenGrantsApi
{
    public static RouteGroupBuilder MapOpenGrantsApi(this RouteGroupBuilder funder)
    {
        funder.MapGet("/360giving", GetPackage)
            .WithName("Get360GivingPackage").WithSummary("The funder's grants as a 360Giving JSON data package, ready to publish")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return funder;
    }

    private static async Task<Ok<ThreeSixtyGivingPackage>> GetPackage(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetOpenGrantsAsync(user.Subject())).ToPackage());
}
