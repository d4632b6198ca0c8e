using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Charities;
using FunderPortal.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Evidence;

/// <summary>
/// What a participant opens from their link, with no account: <c>/api/v1/attestations/{token}</c> (JSON) and
/// <c>/attest/{token}</c> (the web portal's page, Components/Pages/Participants/Attest.razor). A used, expired or unknown link is one same 404.
/// </summary>
public static class AttestationsApi
{
    public static IEndpointRouteBuilder MapAttestationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/attestations/{token}")
            .WithTags("Attestations")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/", Get)
            .WithName("GetAttestation").WithSummary("What you are asked to confirm, in plain words");
        api.MapPost("/", Answer)
            .WithName("AnswerAttestation").WithSummary("Agree, agree with a comment, or disagree with a comment, in your own words")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Ok<AttestationPromptResponse>> Get(string token, IGrainFactory grains) =>
        TypedResults.Ok((await grains.CharityFor(token).GetAttestationPromptAsync(token)).ToResponse());

    private static async Task<NoContent> Answer(string token, AttestationAnswerRequest request, IGrainFactory grains)
    {
        await grains.CharityFor(token).AnswerAttestationAsync(token, request.Stance, request.Comment);
        return TypedResults.NoContent();
    }
}
