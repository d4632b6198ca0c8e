using FunderPortal.Attachments;
using FunderPortal.Common;
using FunderPortal.GrantImports;
using FunderPortal.Http;
using FunderPortal.Rounds;
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
        return await KeepAsync(section.Body, section.FileName, store, Attachment(options), request.HttpContext.RequestAborted);
    }

    /// <summary>A file from a form the web portal already read (its antiforgery check reads the whole form).</summary>
    public static async Task<ReceivedFile> ReceiveAsync(IFormFile? file, IAttachmentStore store, PortalOptions options, CancellationToken cancellationToken)
    {
        await using var body = OpenChosen(file);
        return await KeepAsync(body, file!.FileName, store, Attachment(options), cancellationToken);
    }

    /// <summary>Captions for a recording: a WebVTT file, by its first bytes and its name, at most <see cref="RoundLimits.MaxCaptionsBytes"/>.</summary>
    public static async Task<ReceivedFile> ReceiveCaptionsAsync(HttpRequest request, IAttachmentStore store)
    {
        var section = await FirstFileAsync(request);
        return await KeepAsync(section.Body, section.FileName, store, Captions, request.HttpContext.RequestAborted);
    }

    public static async Task<ReceivedFile> ReceiveCaptionsAsync(IFormFile? file, IAttachmentStore store, CancellationToken cancellationToken)
    {
        await using var body = OpenChosen(file);
        return await KeepAsync(body, file!.FileName, store, Captions, cancellationToken);
    }

    /// <summary>
    /// A funder's 360Giving file to import: a JSON package, a CSV or an Excel workbook, by its first bytes and its name,
    /// at most <see cref="PortalOptions.MaxAttachmentBytes"/>. Kept in the attachment store for the import to read.
    /// </summary>
    public static async Task<(ReceivedFile File, GrantImportFormat Format)> ReceiveGrantFileAsync(HttpRequest request, IAttachmentStore store, PortalOptions options)
    {
        var section = await FirstFileAsync(request);
        return WithFormat(await KeepAsync(section.Body, section.FileName, store, GrantFile(options), request.HttpContext.RequestAborted));
    }

    public static async Task<(ReceivedFile File, GrantImportFormat Format)> ReceiveGrantFileAsync(IFormFile? file, IAttachmentStore store, PortalOptions options, CancellationToken cancellationToken)
    {
        await using var body = OpenChosen(file);
        return WithFormat(await KeepAsync(body, file!.FileName, store, GrantFile(options), cancellationToken));
    }

    private static Acceptance GrantFile(PortalOptions options) =>
        new((head, name) => GrantFileTypes.Detect(head, name) is { } format ? GrantFileTypes.ContentType(format) : null,
            "a 360Giving JSON package (.json), or a sheet with the 360Giving column titles (.csv or .xlsx)", options.MaxAttachmentBytes);

    private static (ReceivedFile, GrantImportFormat) WithFormat(ReceivedFile file) => (file, GrantFileTypes.FormatOf(file.ContentType));

    /// <summary>What a kind of upload accepts: its type from its first bytes and name (null: refused, in the words given), and its size.</summary>
    private sealed record Acceptance(Func<byte[], string, string?> Detect, string Accepted, long MaxBytes);

    private static Acceptance Attachment(PortalOptions options) =>
        new((head, name) => FileTypes.Detect(head, name), string.Join(" ", FileTypes.Extensions), options.MaxAttachmentBytes);

    private static readonly Acceptance Captions =
        new((head, name) => FileTypes.DetectCaptions(head, name), "a WebVTT captions file (.vtt)", RoundLimits.MaxCaptionsBytes);

    private static Stream OpenChosen(IFormFile? file) => file is null || file.Length == 0 || string.IsNullOrEmpty(file.FileName)
        ? throw DomainValidationException.For("file", "Choose a file to attach.")
        : file.OpenReadStream();

    private static async Task<ReceivedFile> KeepAsync(Stream body, string name, IAttachmentStore store, Acceptance accepts, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(name);
        var head = new byte[FileTypes.HeadLength];
        var headLength = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = accepts.Detect(head[..headLength], fileName)
            ?? throw new UnsupportedFileException(
                $"'{fileName}' is not a file type the portal keeps, or its content does not match its name. Accepted: {accepts.Accepted}.");

        try
        {
            using var whole = new ConcatenatedStream(new MemoryStream(head, 0, headLength), body);
            var stored = await store.SaveAsync(whole, accepts.MaxBytes, cancellationToken);
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
