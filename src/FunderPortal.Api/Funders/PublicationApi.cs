using System.ComponentModel;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Funders;

/// <summary>
/// A funder's grants as public 360Giving open data: the funder opts in (<c>PUT …/publication</c>), and the package is
/// then at a stable address anyone can read without signing in (<c>/api/v1/public/funders/{orgId}/360giving.json</c>);
/// otherwise that address is not found.
/// </summary>
public static class PublicationApi
{
    public static RouteGroupBuilder MapPublicationApi(this RouteGroupBuilder funder)
    {
        funder.MapPut("/publication", SetPublication)
            .WithName("SetFunderPublication")
            .WithSummary("Publish the funder's grants as 360Giving open data at its public address, or stop (editors; 409 without a grantIdPrefix)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        return funder;
    }

    public static IEndpointRouteBuilder MapPublicOpenGrantsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/public/funders/{orgId}/360giving.json", GetPublished)
            .WithTags("Public").AllowAnonymous()
            .WithName("GetPublished360Giving")
            .WithSummary("A funder's grants as a 360Giving JSON data package, for anyone without signing in, while the funder publishes them (404 otherwise)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>How long a reader (or a cache between) may keep the package: 360Giving's own tools read feeds daily.</summary>
    private const int CacheSeconds = 300;

    private static async Task<Ok<FunderPublicationResponse>> SetPublication(
        string orgId, FunderPublicationRequest request, IGrainFactory grains, ClaimsPrincipal user, PortalLinks links, HttpContext http)
    {
        var profile = await grains.Funder(orgId).SetPublicationAsync(request.Publish360Giving, user.Subject());
        return TypedResults.Ok(new FunderPublicationResponse(profile.Publishes360Giving, FeedUrl(links, http.Request, profile.OrgId)));
    }

    private static async Task<Ok<ThreeSixtyGivingPackage>> GetPublished(string orgId, IGrainFactory grains, HttpContext http)
    {
        var package = (await grains.Funder(OrgIdOrNotFound(orgId)).GetPublishedOpenGrantsAsync()).ToPackage();
        http.Response.Headers.CacheControl = $"public, max-age={CacheSeconds}";
        return TypedResults.Ok(package);
    }

    /// <summary>The public address of a funder's 360Giving data.</summary>
    public static string FeedPath(string orgId) => $"/api/v1/public/funders/{Uri.EscapeDataString(orgId)}/360giving.json";

    public static string FeedUrl(PortalLinks links, HttpRequest request, string orgId) => links.UrlForPath(request, FeedPath(orgId));

    /// <summary>An address that is no org-id names nothing published: not found, like any funder that does not publish.</summary>
    private static string OrgIdOrNotFound(string orgId) =>
        OrgId.IsValid(orgId) ? orgId : throw new NotFoundException("This funder does not publish 360Giving data here.");
}

public sealed record FunderPublicationRequest(
    [property: Description("true: publish the funder's grants at its public 360Giving address; false: stop.")] bool Publish360Giving);

public sealed record FunderPublicationResponse(
    bool Publish360Giving,
    [property: Description("The public address of the funder's 360Giving data (answers 404 while not published).")] string Url);
