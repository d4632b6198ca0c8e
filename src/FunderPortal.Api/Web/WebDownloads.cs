using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Exports;
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

        // Exports, from each list's export menu: the API's handlers, the same rows, refusals and read logging.
        app.MapGet("/funders/{orgId}/portfolio/export", ExportRoutes.PortfolioAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/funders/{orgId}/grants/export", ExportRoutes.GrantsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/rounds/{roundId}/results/export", ExportRoutes.RoundResultsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/rounds/{roundId}/payments/export", ExportRoutes.PanelPaymentsAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/charities/{orgId}/plan/export", ExportRoutes.ResourcingPlanAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ThreeSixtyGivingAsync(string orgId, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var package = (await grains.Funder(orgId).GetOpenGrantsAsync(user.Subject())).ToPackage();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{orgId}-360giving.json\"";
        return Results.Json(package);
    }
}
