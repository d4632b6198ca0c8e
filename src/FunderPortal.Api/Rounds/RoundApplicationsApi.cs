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
            .WithName("SubmitApplication").WithSummary("Apply, as an editor of the charity named in charityOrgId, while the round is Open")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        round.MapGet("/applications", List)
            .WithName("ListApplications").WithSummary("Every application in submission order (funder members and panellists; names hidden from an anonymised panel)");
        round.MapGet("/applications/{applicationId}", Get)
            .WithName("GetApplication").WithSummary("One application; its charity's members see it too, with the decision and feedback once Decided");
        round.MapPost("/applications/{applicationId}/files", AddFile)
            .WithName("AddApplicationFile")
            .WithSummary($"Attach a recording (audio or video, in place of writing) or a proposal written for another funder (multipart/form-data; ?kind=Recording|Proposal; at most {options.MaxAttachmentBytes / 1_048_576} MB)")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxAttachmentBytes))
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapGet("/applications/{applicationId}/files/{fileId}", Download)
            .WithName("GetApplicationFile").WithSummary("Download a file (always as an attachment)")
            .ProducesFile();
        return round;
    }

    private static IServiceProvider ServiceProvider(this IEndpointRouteBuilder builder) => builder.ServiceProvider;

    private static async Task<Created<ApplicationResponse>> Submit(string roundId, ApplicationRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var view = await grains.Round(roundId).SubmitApplicationAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{roundId}/applications/{view.Id}", view.ToResponse());
    }

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
        if (kind == ApplicationFileKind.Recording && !(upload.ContentType.StartsWith("audio/", StringComparison.Ordinal) || upload.ContentType.StartsWith("video/", StringComparison.Ordinal)))
            throw new UnsupportedFileException("A recording is an audio or video file.");
        var file = await round.AddFileAsync(applicationId,
            new ApplicationFile(upload.Id, kind.Value, upload.FileName, upload.ContentType, upload.SizeBytes, default), user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{roundId}/applications/{applicationId}/files/{file.Id}", file.ToResponse());
    }

    private static async Task<FileStreamHttpResult> Download(
        string roundId, string applicationId, string fileId, IGrainFactory grains, IAttachmentStore store, ClaimsPrincipal user, HttpContext http)
    {
        var file = await grains.Round(roundId).GetFileAsync(applicationId, fileId, user.Subject());
        var content = await store.OpenReadAsync(file.Id, http.RequestAborted) ?? throw new NotFoundException("The file is missing from storage.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, file.ContentType, file.FileName);
    }
}
