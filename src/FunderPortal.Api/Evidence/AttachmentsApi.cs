using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.OpenApi;
using FunderPortal.Attachments;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Evidence;

/// <summary>
/// Files on an evidence item, received by <see cref="Uploads"/>; downloads are always attachments with their checked type.
/// </summary>
public static class AttachmentsApi
{
    public static RouteGroupBuilder MapAttachmentsApi(this RouteGroupBuilder item)
    {
        var options = item.ServiceProvider().GetRequiredService<IOptions<PortalOptions>>().Value;
        item.MapPost("/attachments", Upload)
            .WithName("AddEvidenceAttachment")
            .WithSummary($"Attach a file (multipart/form-data, one file; PDF, images, audio, video or office documents; at most {options.MaxAttachmentBytes / 1_048_576} MB)")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxAttachmentBytes))
            .ProducesWriteProblems();
        item.MapGet("/attachments/{attachmentId}", Download)
            .WithName("GetEvidenceAttachment").WithSummary("Download a file (always as an attachment)")
            .ProducesFile();
        return item;
    }

    private static IServiceProvider ServiceProvider(this IEndpointRouteBuilder builder) => builder.ServiceProvider;

    private static async Task<Created<AttachmentResponse>> Upload(
        string orgId, string evidenceId, HttpRequest request, IGrainFactory grains, IAttachmentStore store, IOptions<PortalOptions> options,
        ClaimsPrincipal user)
    {
        var attachment = await grains.Charity(orgId).AttachAsync(evidenceId, () => Uploads.ReceiveAsync(request, store, options.Value), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/evidence/{evidenceId}/attachments/{attachment.Id}", attachment.ToResponse(orgId, evidenceId));
    }

    /// <summary>Also the web portal's download (signed in by cookie), so a file is served one way only.</summary>
    internal static async Task<FileStreamHttpResult> Download(
        string orgId, string evidenceId, string attachmentId, IGrainFactory grains, IAttachmentStore store, ClaimsPrincipal user, HttpContext http)
    {
        var attachment = await grains.Charity(orgId).GetAttachmentAsync(evidenceId, attachmentId, user.Subject());
        var content = await store.OpenReadAsync(attachment.Id, http.RequestAborted) ?? throw new NotFoundException("The file is missing from storage.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }
}
