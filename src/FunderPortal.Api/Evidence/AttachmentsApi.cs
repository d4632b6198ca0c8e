using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Hosting;
using FunderPortal.Attachments;
using FunderPortal.Charities;
using FunderPortal.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FunderPortal.Api.Evidence;

/// <summary>
/// Files on an evidence item. Uploads are multipart/form-data read as a stream (never held whole in memory),
/// their type checked by their first bytes; downloads are always attachments with their checked type.
/// </summary>
public static class AttachmentsApi
{
    public static RouteGroupBuilder MapAttachmentsApi(this RouteGroupBuilder item)
    {
        var options = item.ServiceProvider().GetRequiredService<PortalOptions>();
        item.MapPost("/attachments", Upload)
            .WithName("AddEvidenceAttachment")
            .WithSummary($"Attach a file (multipart/form-data, one file; PDF, images, audio, video or office documents; at most {options.MaxAttachmentBytes / 1_048_576} MB)")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxAttachmentBytes))
            .ProducesWriteProblems();
        item.MapGet("/attachments/{attachmentId}", Download)
            .WithName("GetEvidenceAttachment").WithSummary("Download a file (always as an attachment)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        return item;
    }

    private static IServiceProvider ServiceProvider(this IEndpointRouteBuilder builder) => builder.ServiceProvider;

    private static async Task<Created<AttachmentResponse>> Upload(
        string orgId, string evidenceId, HttpRequest request, IGrainFactory grains, IAttachmentStore store, PortalOptions options,
        ClaimsPrincipal user)
    {
        var charity = grains.Charity(orgId);
        await charity.EnsureCanAttachAsync(evidenceId, user.Subject());

        var section = await FirstFileAsync(request);
        var fileName = Path.GetFileName(section.FileName);
        var head = new byte[FileTypes.HeadLength];
        var headLength = await section.Body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
        var contentType = FileTypes.Detect(head.AsSpan(0, headLength), fileName)
            ?? throw new UnsupportedFileException(
                $"'{fileName}' is not a file type the portal keeps, or its content does not match its name. Accepted: {string.Join(" ", FileTypes.Extensions)}.");

        StoredFile stored;
        try
        {
            using var whole = new ConcatenatedStream(new MemoryStream(head, 0, headLength), section.Body);
            stored = await store.SaveAsync(whole, options.MaxAttachmentBytes, request.HttpContext.RequestAborted);
        }
        catch (FileTooLargeException tooLarge)
        {
            throw new BadHttpRequestException($"The file is larger than {tooLarge.MaxBytes:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var attachment = await charity.AddAttachmentAsync(evidenceId,
            new Attachment(stored.Id, fileName, contentType, stored.SizeBytes, default), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/evidence/{evidenceId}/attachments/{attachment.Id}", attachment.ToResponse(orgId, evidenceId));
    }

    private static async Task<FileStreamHttpResult> Download(
        string orgId, string evidenceId, string attachmentId, IGrainFactory grains, IAttachmentStore store, ClaimsPrincipal user, HttpContext http)
    {
        var attachment = await grains.Charity(orgId).GetAttachmentAsync(evidenceId, attachmentId, user.Subject());
        var content = await store.OpenReadAsync(attachment.Id, http.RequestAborted) ?? throw new NotFoundException("The file is missing from storage.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<(Stream Body, string FileName)> FirstFileAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new BadHttpRequestException("Send the file as multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition()
                && HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value is { Length: > 0 } name)
            {
                return (section.Body, name);
            }
        }
        throw DomainValidationException.For("file", "Attach one file, with its name.");
    }
}
