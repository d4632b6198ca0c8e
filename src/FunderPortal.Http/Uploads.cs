using FunderPortal.Attachments;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FunderPortal.Http;

/// <summary>
/// Uploads are multipart/form-data read as a stream (never held whole in memory), their type checked by their first
/// bytes, and kept in the attachment store. Evidence files and round applications' files arrive the same way.
/// </summary>
public static class Uploads
{
    public static async Task<ReceivedFile> ReceiveAsync(HttpRequest request, IAttachmentStore store, PortalOptions options)
    {
        var section = await FirstFileAsync(request);
        return await KeepAsync(section.Body, section.FileName, store, options, request.HttpContext.RequestAborted);
    }

    /// <summary>A file from a form the web portal already read (its antiforgery check reads the whole form).</summary>
    public static async Task<ReceivedFile> ReceiveAsync(IFormFile? file, IAttachmentStore store, PortalOptions options, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || string.IsNullOrEmpty(file.FileName))
            throw DomainValidationException.For("file", "Choose a file to attach.");
        await using var body = file.OpenReadStream();
        return await KeepAsync(body, file.FileName, store, options, cancellationToken);
    }

    private static async Task<ReceivedFile> KeepAsync(Stream body, string name, IAttachmentStore store, PortalOptions options, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(name);
        var head = new byte[FileTypes.HeadLength];
        var headLength = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = FileTypes.Detect(head.AsSpan(0, headLength), fileName)
            ?? throw new UnsupportedFileException(
                $"'{fileName}' is not a file type the portal keeps, or its content does not match its name. Accepted: {string.Join(" ", FileTypes.Extensions)}.");

        try
        {
            using var whole = new ConcatenatedStream(new MemoryStream(head, 0, headLength), body);
            var stored = await store.SaveAsync(whole, options.MaxAttachmentBytes, cancellationToken);
            return new ReceivedFile(stored.Id, fileName, contentType, stored.SizeBytes);
        }
        catch (FileTooLargeException tooLarge)
        {
            throw new BadHttpRequestException($"The file is larger than {tooLarge.MaxBytes:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
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
