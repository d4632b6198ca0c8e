using System.Text.Json;
using System.Text.RegularExpressions;
using FunderPortal.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

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

    /// <summary>Status and title from the one table (<see cref="RefusalTable"/>); the body's details from the exception.</summary>
    private static ProblemDetails Describe(Exception exception)
    {
        if (exception is BadHttpRequestException badRequest)
            return FromBadRequest(badRequest);
        // A browser form posted without its antiforgery token, or with a stale one (sign-out, the language switch).
        if (exception is Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException)
            return Problem(RefusalTable.ForUnreadableRequest(StatusCodes.Status400BadRequest), "The form has expired or did not come from this site: reload the page and send it again.");
        var refusal = RefusalTable.For(exception);
        return exception switch
        {
            DomainValidationException e => new HttpValidationProblemDetails(e.Errors) { Status = refusal.Status, Title = refusal.Title },
            PreconditionFailedException e => new ProblemDetails
            {
                Status = refusal.Status,
                Title = refusal.Title,
                Detail = e.Message,
                Extensions = { ["currentVersion"] = e.CurrentVersion },
            },
            // The portal's own refusals are written for people; anything else is answered without detail.
            PortalException e when refusal != RefusalTable.Unexpected => Problem(refusal, e.Message),
            _ => Problem(refusal, null),
        };
    }

    /// <summary>Binding failures: malformed JSON, a wrong type or enum name, an unparsable route or query value.</summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException e)
    {
        if (e.StatusCode != StatusCodes.Status400BadRequest)
            return Problem(RefusalTable.ForUnreadableRequest(e.StatusCode), e.StatusCode == StatusCodes.Status413PayloadTooLarge ? e.Message : null);

        if (e.InnerException is JsonException json)
            return new HttpValidationProblemDetails(JsonErrors(json)) { Status = RefusalTable.Invalid.Status, Title = RefusalTable.Invalid.Title };

        var parameter = BindFailure().Match(e.Message);
        if (parameter.Success)
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [parameter.Groups["name"].Value] = [$"'{parameter.Groups["value"].Value}' is not a valid value."],
            })
            { Status = RefusalTable.Invalid.Status, Title = RefusalTable.Invalid.Title };
        }

        var missing = MissingBody().IsMatch(e.Message);
        return Problem(RefusalTable.ForUnreadableRequest(StatusCodes.Status400BadRequest), missing ? "A JSON body is required." : null);
    }

    /// <summary>
    /// What the JSON reader refused, keyed by the field's JSON path (<c>role</c>, <c>timetable.opens</c>): a required
    /// property left out, a property the contract does not name, null where the contract does not allow it, a wrong value.
    /// </summary>
    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var message = json.Message;
        var at = FieldFromJsonPath(json.Path);
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return missing.Groups["names"].Value.Split(", ")
                .Select(name => name.Trim('\''))
                .Where(name => name.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(name => Join(at, name), _ => RequiredMessage, StringComparer.Ordinal);
        }
        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var key = json.Path is { } path && (path.EndsWith("." + name, StringComparison.Ordinal) || path.EndsWith($"['{name}']", StringComparison.Ordinal))
                ? at
                : Join(at, name);
            return new() { [key] = ["Not a property of this request: the contract does not name it."] };
        }
        if (NullNotAllowed().Match(message) is { Success: true } isNull)
        {
            var name = isNull.Groups["name"].Value;
            var key = json.Path is { } path && path.EndsWith("." + name, StringComparison.Ordinal) ? at : Join(at, name);
            return new() { [key] = ["May not be null."] };
        }
        return new()
        {
            [at] = [json.Path is null or "$" ? "The body is not valid JSON, or not the expected object." : "Not a valid value for this field."],
        };
    }

    private static readonly string[] RequiredMessage = ["Required."];

    private static string Join(string at, string name) => at == "body" ? name : $"{at}.{name}";

    private static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return "body";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length > 0 ? char.ToLowerInvariant(field[0]) + field[1..] : "body";
    }

    private static ProblemDetails Problem(Refusal refusal, string? detail) =>
        new() { Status = refusal.Status, Title = refusal.Title, Detail = detail };

    // e.g. Failed to bind parameter "ActivityKind activityKind" from "Foo".
    [GeneratedRegex("""Failed to bind parameter "(?:[^"]*\s)?(?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    // System.Text.Json's words: "…was missing required properties including: 'role', 'name'."
    [GeneratedRegex("missing required properties(?: including)?: (?<names>'[^']*'(?:, '[^']*')*)")]
    private static partial Regex MissingRequired();

    // "The JSON property 'rol' could not be mapped to any .NET member contained in type '…'."
    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex Unmapped();

    // The portal's own check (ErrorsExtensions): "The property 'title' may not be null."
    [GeneratedRegex("^The property '(?<name>[^']*)' may not be null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex("Implicit body inferred|Required parameter .* was not provided from body")]
    private static partial Regex MissingBody();
}
