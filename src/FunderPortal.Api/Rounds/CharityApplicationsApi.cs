using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Rounds;

/// <summary>A charity's applications across the rounds it applied to, for its members to find their drafts again.</summary>
public static class CharityApplicationsApi
{
    public static RouteGroupBuilder MapCharityApplicationsApi(this RouteGroupBuilder charity)
    {
        charity.MapGet("/applications", List)
            .WithName("ListCharityApplications")
            .WithSummary("Every round the charity applied to, newest first, with its applications there: drafts, submitted and withdrawn (members)");
        return charity;
    }

    private static async Task<Ok<CharityRoundApplicationsResponse[]>> List(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await CharityApplications.GetAsync(grains, orgId, user.Subject()))
            .Select(r => new CharityRoundApplicationsResponse(
                new AppliedRoundResponse(r.Round.RoundId, r.Round.RoundTitle, r.Round.FunderOrgId, r.Round.FirstAppliedAt),
                [.. r.Applications.Select(a => a.ToResponse())]))
            .ToArray());
}
