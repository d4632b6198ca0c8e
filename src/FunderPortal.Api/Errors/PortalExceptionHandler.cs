using System.Text.Json;
using System.Text.RegularExpressions;
using FunderPortal.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;

namespace FunderPortal.Api.Errors;

/// <summary>
/// Turns every exception into RFC 9457 problem+json with the right status. Messages of the domain's own
/// exceptions are written for people and shown; anything unexpected is logged and answered without detail.
/// </summary>
public sealed partial class PortalExceptionHandler(IProblemDetailsService problems, ILogger<PortalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= 500)
            logger.LogError(exception, "Request {Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(Exception exception) => exception switch
    {
        DomainValidationException e => new HttpValidationProblemDetails(e.Errors) { Status = 400, Title = "Some of what was sent is not valid." },
        NotFoundException e => Problem(404, "Not found.", e.Message),
        ForbiddenException e => Problem(403, "Not allowed.", e.Message),
        ConflictException e => Problem(409, "Conflicts with the current state.", e.Message),
        PreconditionFailedException e => new ProblemDetails
        {
            Status = 412,
            Title = "The version you named is no longer current.",
            Detail = e.Message,
            Extensions = { ["currentVersion"] = e.CurrentVersion },
        },
        UnsupportedFileException e => Problem(415, "Unsupported file.", e.Message),
        StorageUnavailableException e => Problem(503, "Storage is unavailable; nothing was changed. Try again shortly.", e.Message),
        BadHttpRequestException e => FromBadRequest(e),
        OrleansMessageRejectionException or SiloUnavailableException or TimeoutException =>
            Problem(503, "The service is busy or restarting; nothing was acknowledged. Try again shortly.", null),
        _ => Problem(500, "Something went wrong on our side.", null),
    };

    /// <summary>Binding failures: malformed JSON, a wrong type or enum name, an unparsable route or query value.</summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException e)
    {
        if (e.StatusCode != StatusCodes.Status400BadRequest)
            return Problem(e.StatusCode, ReasonFor(e.StatusCode), e.StatusCode == 413 ? e.Message : null);

        if (e.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [json.Path is null or "$" ? "The body is not valid JSON, or not the expected object." : "Not a valid value for this field."],
            })
            { Status = 400, Title = "Some of what was sent is not valid." };
        }

        var parameter = BindFailure().Match(e.Message);
        if (parameter.Success)
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [parameter.Groups["name"].Value] = [$"'{parameter.Groups["value"].Value}' is not a valid value."],
            })
            { Status = 400, Title = "Some of what was sent is not valid." };
        }

        var missing = MissingBody().IsMatch(e.Message);
        return Problem(400, "The request could not be read.", missing ? "A JSON body is required." : null);
    }

    private static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return "body";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length > 0 ? char.ToLowerInvariant(field[0]) + field[1..] : "body";
    }

    private static ProblemDetails Problem(int status, string title, string? detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static string ReasonFor(int status) => status switch
    {
        413 => "The request is too large.",
        415 => "Unsupported media type: send application/json.",
        _ => "The request could not be read.",
    };

    // e.g. Failed to bind parameter "ActivityKind activityKind" from "Foo".
    [GeneratedRegex("""Failed to bind parameter "(?:[^"]*\s)?(?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("Implicit body inferred|Required parameter .* was not provided from body")]
    private static partial Regex MissingBody();
}
