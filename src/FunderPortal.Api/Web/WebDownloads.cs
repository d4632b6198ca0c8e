using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Funders;
using FunderPortal.Api.Rounds;
using FunderPortal.Common;
using FunderPortal.Http;

namespace FunderPortal.Api.Web;

/// <summary>Files the pages offer to signed-in browsers, made exactly as the API makes them.</summary>
public static class WebDownloads
{
    public static IEndpointRouteBuilder MapWebDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/funders/{orgId}/360giving.json", ThreeSixtyGivingAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/charities/{orgId}/evidence/{evidenceId}/attachments/{attachmentId}", AttachmentsApi.Download).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/rounds/{roundId}/applications/{applicationId}/files/{fileId}", RoundApplicationsApi.Download).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/rounds/{roundId}/applications/{applicationId}/files/{fileId}/captions", RoundApplicationsApi.DownloadCaptions)
            .RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ThreeSixtyGivingAsync(string orgId, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var package = (await grains.Funder(orgId).GetOpenGrantsAsync(user.Subject())).ToPackage();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{orgId}-360giving.json\"";
        return Results.Json(package);
    }
}
