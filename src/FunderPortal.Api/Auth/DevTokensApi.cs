using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Auth;

/// <summary><c>POST /dev/token</c>: a bearer token for any subject, for trying the portal on one's own machine.</summary>
public static class DevTokensApi
{
    public static IEndpointRouteBuilder MapDevTokens(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevTokenIssuer>() is null)
            return app;

        app.MapPost("/dev/token", IssueToken)
            .WithTags("Development")
            .WithName("IssueDevToken")
            .WithSummary("Issue a development bearer token")
            .WithDescription("Only when Auth:DevTokens is on. Anyone can become any subject: never enable it for real users.")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static Results<Ok<DevTokenResponse>, ValidationProblem> IssueToken(DevTokenRequest request, DevTokenIssuer issuer, TimeProvider time)
    {
        var errors = Caller.CheckDevelopmentSubject(request.Subject);
        if (!errors.IsEmpty)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var token = issuer.Issue(request.Subject!.Trim(), time.GetUtcNow()); // real time: token validation uses it too
        return TypedResults.Ok(new DevTokenResponse(token, "Bearer", (long)DevTokenIssuer.Lifetime.TotalSeconds));
    }
}

public sealed record DevTokenRequest([property: System.ComponentModel.DataAnnotations.MinLength(1), System.ComponentModel.DataAnnotations.MaxLength(Limits.Subject)] string Subject);

public sealed record DevTokenResponse(string AccessToken, string TokenType, long ExpiresIn);
