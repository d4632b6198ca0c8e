using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Attachments;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.GrantImports;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Funders;

/// <summary>
/// <c>/api/v1/funders/{orgId}/grants/imports</c>: a funder's grants brought in from a 360Giving file. The file is received
/// (<see cref="Uploads.ReceiveGrantFileAsync(HttpRequest, IAttachmentStore, PortalOptions)"/>), the funder records that it
/// was asked for, and the import runs in its own grain in the background; clients follow it at its <c>Location</c>.
/// </summary>
public static class GrantImportsApi
{
    public static RouteGroupBuilder MapGrantImportsApi(this RouteGroupBuilder funder)
    {
        var options = ((IEndpointRouteBuilder)funder).ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value;
        funder.MapPost("/grants/imports", Start)
            .WithName("ImportGrants")
            .WithSummary($"Check (dryRun=true) or import (dryRun=false) a 360Giving file of grants: a JSON package, or a CSV or XLSX sheet with the 360Giving column titles (multipart/form-data, one file, at most {options.MaxAttachmentBytes / 1_048_576} MB, {GrantImportLimits.MaxRows:N0} grants). It runs in the background: 202 with where to follow it")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxAttachmentBytes))
            .ProducesWriteProblems().WithIdempotency();
        funder.MapGet("/grants/imports", List)
            .WithName("ListGrantImports").WithSummary("Every import asked for, newest first, with where each stands (the newest 50)");
        funder.MapGet("/grants/imports/{importId}", Get)
            .WithName("GetGrantImport").WithSummary("Where an import stands: its progress, what it recorded (in a dry run: would record), invitations for charities not on the portal, and every problem by row and field");
        funder.MapGet("/grants/imports/{importId}/rows", Rows)
            .WithName("ListGrantImportRows").WithSummary("What became of each row of the file, in file order, a page at a time (after: the previous page's next)")
            .ProducesValidationProblem();
        return funder;
    }

    /// <summary>How many imports the list shows with their progress (each asks its import grain).</summary>
    private const int Listed = 50;

    private static async Task<AcceptedAtRoute<GrantImportStartedResponse>> Start(
        string orgId,
        [Description("true: check the file and report row by row what would be imported, recording nothing; false: import it.")] bool? dryRun,
        HttpRequest request, IGrainFactory grains, IAttachmentStore store, IOptions<PortalOptions> options, ClaimsPrincipal user)
    {
        if (dryRun is not { } dry)
            throw DomainValidationException.For("dryRun", "Required: true to check the file first, false to import it.");
        var funder = grains.Funder(orgId);
        await funder.EnsureCanImportGrantsAsync(user.Subject()); // before the file is read
        var (file, format) = await Uploads.ReceiveGrantFileAsync(request, store, options.Value);
        var entry = await funder.QueueGrantImportAsync(file.Id, file.FileName, format, dry, user.Subject());
        return TypedResults.AcceptedAtRoute(new GrantImportStartedResponse(entry.Id, GrantImportStatus.Queued), "GetGrantImport",
            new { orgId, importId = entry.Id });
    }

    private static async Task<Ok<GrantImportResponse[]>> List(string orgId, IGrainFactory grains, ClaimsPrincipal user, PortalLinks links, HttpContext http)
    {
        var entries = await grains.Funder(orgId).GetGrantImportsAsync(user.Subject());
        var views = await Task.WhenAll(entries.Take(Listed).Select(e => grains.GrantImport(orgId, e.Id).GetViewAsync(user.Subject())));
        return TypedResults.Ok(views.Select(v => v.ToResponse(links, http.Request)).ToArray());
    }

    private static async Task<Ok<GrantImportResponse>> Get(string orgId, string importId, IGrainFactory grains, ClaimsPrincipal user, PortalLinks links, HttpContext http) =>
        TypedResults.Ok((await grains.GrantImport(orgId, importId).GetViewAsync(user.Subject())).ToResponse(links, http.Request));

    private static async Task<Ok<GrantImportRowsResponse>> Rows(
        string orgId, string importId,
        [Range(1, Paging.MaxLimit), Description("How many rows: 1 to 200 (default 50).")] int? limit,
        [Range(0, int.MaxValue), Description("Rows after this row number: the previous page's next (none for the first page).")] int? after,
        IGrainFactory grains, ClaimsPrincipal user)
    {
        var size = Paging.Check(after, limit);
        return TypedResults.Ok((await grains.GrantImport(orgId, importId).GetRowsAsync(after, size, user.Subject())).ToResponse());
    }

    /// <summary>An address that is no funder's names no import: not found, as for every funder route.</summary>
    private static IGrantImportGrain GrantImport(this IGrainFactory grains, string orgId, string importId) =>
        OrgId.IsValid(orgId) ? grains.GetGrain<IGrantImportGrain>(IGrantImportGrain.KeyFor(orgId, importId)) : throw FunderAccess.NotFound();
}
