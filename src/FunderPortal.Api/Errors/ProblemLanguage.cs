using FunderPortal.Api.Resources;
using FunderPortal.Web.Localisation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace FunderPortal.Api.Errors;

/// <summary>
/// The API in the request's language (set early from the culture cookie, the stored language or <c>Accept-Language</c>,
/// <see cref="LocalisationExtensions"/>): a problem's title, and the labels of answers marked <see cref="Metadata"/> (the
/// vocabulary). A localised answer says which language it is in (<c>Content-Language</c>) and that it depends on
/// <c>Accept-Language</c> (<c>Vary</c>). JSON field names, enum names, and a problem's detail and field errors stay as they
/// are: they are for programs, and for the developers who read them.
/// </summary>
public static class ProblemLanguage
{
    /// <summary>Every problem the host writes passes here (<see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>).</summary>
    public static void Localise(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Title is { Length: > 0 } title)
            context.ProblemDetails.Title = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Problems>>()[title];
        MarkLocalised(context.HttpContext.Response);
    }

    /// <summary><c>Content-Language</c> of the request's language, and <c>Vary: Accept-Language</c> (once).</summary>
    public static void MarkLocalised(HttpResponse response)
    {
        response.Headers.ContentLanguage = PortalCultures.Current;
        var vary = response.Headers.Vary.ToString();
        if (!vary.Contains(HeaderNames.AcceptLanguage, StringComparison.OrdinalIgnoreCase))
            response.Headers.Vary = vary.Length == 0 ? HeaderNames.AcceptLanguage : $"{vary}, {HeaderNames.AcceptLanguage}";
    }

    /// <summary>Marks an endpoint whose answer's words follow <c>Accept-Language</c>, for the OpenAPI document.</summary>
    public static readonly LocalisedAnswerMetadata Metadata = new();

    /// <summary>In the OpenAPI document, a marked operation takes <c>Accept-Language</c> and names the two headers on its 200.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<LocalisedAnswerMetadata>().Any())
            return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = HeaderNames.AcceptLanguage,
            In = ParameterLocation.Header,
            Required = false,
            Description = "`cy` for Welsh labels, `en` (the default) for English.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers[HeaderNames.ContentLanguage] = new OpenApiHeader
            {
                Description = "The language of the labels: `en` or `cy`.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
            okResponse.Headers[HeaderNames.Vary] = new OpenApiHeader
            {
                Description = "Names `Accept-Language`: the labels depend on it.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        return Task.CompletedTask;
    }
}

/// <summary>See <see cref="ProblemLanguage.Metadata"/>.</summary>
public sealed class LocalisedAnswerMetadata
{
    internal LocalisedAnswerMetadata()
    {
    }
}
