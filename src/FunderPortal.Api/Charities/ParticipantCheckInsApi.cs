using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.Errors;
using FunderPortal.Charities;
using FunderPortal.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary>
/// What a participant opens from their check-in link, with no account: <c>/api/v1/participant-check-ins/{token}</c>
/// (JSON) and <c>/voice/{token}</c> (the web page). A used, expired or unknown link is one same 404.
/// </summary>
public static class ParticipantCheckInsApi
{
    public static IEndpointRouteBuilder MapParticipantCheckInsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/participant-check-ins/{token}")
            .WithTags("Participant check-ins")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/", Get)
            .WithName("GetParticipantCheckIn").WithSummary("What you are asked about the work you took part in, in plain words");
        api.MapPost("/", Answer)
            .WithName("AnswerParticipantCheckIn")
            .WithSummary("Rate the four principles from 1 to 5, say what you got from taking part, and add a comment if you like")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Ok<ParticipantCheckInPromptResponse>> Get(string token, IGrainFactory grains)
    {
        var prompt = await grains.CharityFor(token).GetVoicePromptAsync(token);
        return TypedResults.Ok(new ParticipantCheckInPromptResponse(prompt.CharityName, prompt.Participant, prompt.HeldOn, prompt.ExpiresAt,
            [.. Enum.GetValues<Principle>().Select(p => new VoiceQuestionResponse(p, VoiceWords.Ask(p)))], VoiceWords.Scale,
            [.. Enum.GetValues<ParticipantBenefit>().Select(b => new BenefitChoiceResponse(b, VoiceWords.Of(b)))]));
    }

    private static async Task<NoContent> Answer(string token, ParticipantCheckInAnswerRequest request, IGrainFactory grains)
    {
        var principles = new Dictionary<Principle, int?>
        {
            [Principle.Equality] = request.Principles?.Equality,
            [Principle.Diversity] = request.Principles?.Diversity,
            [Principle.Access] = request.Principles?.Access,
            [Principle.Reciprocity] = request.Principles?.Reciprocity,
        };
        await grains.CharityFor(token).AnswerParticipantCheckInAsync(token,
            new VoiceInput(principles, request.Benefits ?? [], request.Other, request.Comment, request.ConsentToShareComment ?? false));
        return TypedResults.NoContent();
    }
}

public sealed record ParticipantCheckInAnswerRequest(
    [property: Description("Every principle, each from 1 (not at all) to 5 (completely).")] PrincipleRatingsRequest? Principles,
    [property: MaxLength(16), Description("What you got from taking part (any number, or none).")] IReadOnlyList<ParticipantBenefit?>? Benefits = null,
    [property: MaxLength(Limits.Comment), Description("Something else you got from taking part, in your own words.")] string? Other = null,
    [property: MaxLength(Limits.Comment), Description("Anything you want to say. Kept private unless consentToShareComment is true.")] string? Comment = null,
    [property: Description("True: the charity and the funders it shares with may read your comment (never with your name), once 3 people have answered.")]
    bool? ConsentToShareComment = null);

public sealed record ParticipantCheckInPromptResponse(
    string CharityName,
    string Participant,
    DateOnly HeldOn,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<VoiceQuestionResponse> Questions,
    string Scale,
    IReadOnlyList<BenefitChoiceResponse> Benefits);

public sealed record VoiceQuestionResponse(Principle Principle, string Question);

public sealed record BenefitChoiceResponse(ParticipantBenefit Benefit, string Words);
