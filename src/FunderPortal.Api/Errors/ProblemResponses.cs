namespace FunderPortal.Api.Errors;

/// <summary>The problem+json answers endpoints document, grouped as they occur.</summary>
public static class ProblemResponses
{
    /// <summary>Every authenticated route: no token, too many requests, storage down.</summary>
    public static RouteGroupBuilder ProducesCommonProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A change with a JSON body: invalid fields, not allowed, too large, not JSON.</summary>
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
