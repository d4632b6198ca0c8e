using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.OpenApi;
using FunderPortal.Attachments;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Rounds;

/// <summary>Applications to a round, and the recordings or proposals attached to them.</summary>
public static class RoundApplicationsApi
{
    public static RouteGroupBuilder MapRoundApplicationsApi(this RouteGroupBuilder round)
    {
        var options = round.ServiceProvider().GetRequiredService<IOptions<PortalOptions>>().Value;
        round.MapPost("/applications", Submit)
            .WithName("SubmitApplication")
            .WithSummary("Apply, as an editor of the charity named in charityOrgId, while the round is Open; \"draft\": true keeps it as a draft (status Draft) that may leave out the amount and eligibility answers")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        round.MapPut("/applications/{applicationId}", Change)
            .WithName("ChangeApplication")
            .WithSummary("Replace a draft or a submitted application while the round is Open (409 after); a submitted one must keep its amount and eligible answers")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapPost("/applications/{applicationId}/submit", SubmitDraft)
            .WithName("SubmitApplicationDraft").WithSummary("Send a draft (status Submitted); 400 naming what it still lacks, 409 when the round is not Open or the charity already applied")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapPost("/applications/{applicationId}/withdraw", Withdraw)
            .WithName("WithdrawApplication").WithSummary("Take a draft or a submitted application back (status Withdrawn); 409 once scoring has started")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapGet("/applications", List)
            .WithName("ListApplications").WithSummary("Every submitted application in submission order (funder members and panellists; names hidden from an anonymised panel)");
        round.MapGet("/applications/{applicationId}", Get)
            .WithName("GetApplication").WithSummary("One application; its charity's members see it too, with the decision and feedback once Decided");
        round.MapPost("/applications/{applicationId}/files", AddFile)
            .WithName("AddApplicationFile")
            .WithSummary($"Attach a recording (audio or video, in place of writing) or a proposal written for another funder (multipart/form-data; ?kind=Recording|Proposal; at most {options.MaxAttachmentBytes / 1_048_576} MB)")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxAttachmentBytes))
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapGet("/applications/{applicationId}/files/{fileId}", Download)
            .WithName("GetApplicationFile").WithSummary("Download a file (always as an attachment); range requests answer 206, so audio and video players can seek")
            .ProducesFileWithRanges();
        round.MapPut("/applications/{applicationId}/files/{fileId}/transcript", SetTranscript)
            .WithName("SetRecordingTranscript").WithSummary("A recording's words written out, for panellists who read rather than listen (null removes it), while the round is Open")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapPut("/applications/{applicationId}/files/{fileId}/captions", AddCaptions)
            .WithName("SetRecordingCaptions")
            .WithSummary($"Captions for a recording: one WebVTT file (.vtt starting WEBVTT; multipart/form-data; at most {RoundLimits.MaxCaptionsBytes / 1_048_576} MB), replacing any before")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(RoundLimits.MaxCaptionsBytes + 64 * 1024))
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapGet("/applications/{applicationId}/files/{fileId}/captions", DownloadCaptions)
            .WithName("GetRecordingCaptions").WithSummary("A recording's captions (text/vtt), for a <track> beside the player")
            .Produces<string>(StatusCodes.Status200OK, FileTypes.CaptionsContentType);
        return round;
    }

    private static IServiceProvider ServiceProvider(this IEndpointRouteBuilder builder) => builder.ServiceProvider;

    private static async Task<Created<ApplicationResponse>> Submit(string roundId, ApplicationRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var view = await grains.Round(roundId).SubmitApplicationAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{roundId}/applications/{view.Id}", view.ToResponse());
    }

    private static async Task<Ok<ApplicationResponse>> Change(
        string roundId, string applicationId, ApplicationChangeRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).ChangeApplicationAsync(applicationId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<Ok<ApplicationResponse>> SubmitDraft(string roundId, string applicationId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).SubmitDraftAsync(applicationId, user.Subject())).ToResponse());

    private static async Task<Ok<ApplicationResponse>> Withdraw(string roundId, string applicationId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).WithdrawApplicationAsync(applicationId, user.Subject())).ToResponse());

    private static async Task<Ok<ApplicationResponse[]>> List(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetApplicationsAsync(user.Subject())).Select(a => a.ToResponse()).ToArray());

    private static async Task<Ok<ApplicationResponse>> Get(string roundId, string applicationId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetApplicationAsync(applicationId, user.Subject())).ToResponse());

    private static async Task<Created<ApplicationFileResponse>> AddFile(
        string roundId, string applicationId, ApplicationFileKind? kind, HttpRequest request, IGrainFactory grains, IAttachmentStore store,
        IOptions<PortalOptions> options, ClaimsPrincipal user)
    {
        if (kind is null || !Enum.IsDefined(kind.Value))
            throw DomainValidationException.For("kind", "Required: Recording or Proposal.");
        var round = grains.Round(roundId);
        await round.EnsureCanAddFileAsync(applicationId, user.Subject());
        var upload = await Uploads.ReceiveAsync(request, store, options.Value);
        if (kind == ApplicationFileKind.Recording && !FileTypes.IsRecording(upload.ContentType))
            throw new UnsupportedFileException("A recording is an audio or video file.");
        var file = await round.AddFileAsync(applicationId,
            new ApplicationFile(upload.Id, kind.Value, upload.FileName, upload.ContentType, upload.SizeBytes, default), user.Subject());
        return TypedResults.Created(RoundMappings.FileUrl(roundId, applicationId, file.Id), file.ToResponse(roundId, applicationId));
    }

    private static async Task<Ok<ApplicationFileResponse>> SetTranscript(
        string roundId, string applicationId, string fileId, TranscriptRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).SetTranscriptAsync(applicationId, fileId, request.Transcript, user.Subject())).ToResponse(roundId, applicationId));

    private static async Task<Ok<ApplicationFileResponse>> AddCaptions(
        string roundId, string applicationId, string fileId, HttpRequest request, IGrainFactory grains, IAttachmentStore store, ClaimsPrincipal user)
    {
        var round = grains.Round(roundId);
        await round.EnsureCanAddCaptionsAsync(applicationId, fileId, user.Subject());
        var captions = await Uploads.ReceiveCaptionsAsync(request, store);
        var file = await round.AddCaptionsAsync(applicationId, fileId, captions.Id, captions.SizeBytes, user.Subject());
        return TypedResults.Ok(file.ToResponse(roundId, applicationId));
    }

    /// <summary>
    /// Also the web portal's (signed in by cookie). Served with range requests, so an audio or video player can seek
    /// (206 with the part asked for); always as an attachment, never sniffed.
    /// </summary>
    internal static async Task<FileStreamHttpResult> Download(
        string roundId, string applicationId, string fileId, IGrainFactory grains, IAttachmentStore store, ClaimsPrincipal user, HttpContext http)
    {
        var file = await grains.Round(roundId).GetFileAsync(applicationId, fileId, user.Subject());
        var content = await store.OpenReadAsync(file.Id, http.RequestAborted) ?? throw new NotFoundException("The file is missing from storage.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, file.ContentType, file.FileName, enableRangeProcessing: true);
    }

    /// <summary>Also the web portal's: the captions a <c>&lt;track&gt;</c> loads beside the player.</summary>
    internal static async Task<FileStreamHttpResult> DownloadCaptions(
        string roundId, string applicationId, string fileId, IGrainFactory grains, IAttachmentStore store, ClaimsPrincipal user, HttpContext http)
    {
        var file = await grains.Round(roundId).GetFileAsync(applicationId, fileId, user.Subject());
        var content = (file.CaptionsId is { } id ? await store.OpenReadAsync(id, http.RequestAborted) : null)
            ?? throw new NotFoundException("This recording has no captions.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, FileTypes.CaptionsContentType, $"{Path.GetFileNameWithoutExtension(file.FileName)}.vtt");
    }
}
