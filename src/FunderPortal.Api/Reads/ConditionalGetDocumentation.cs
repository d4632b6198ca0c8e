using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunderPortal.Api.Reads;

/// <summary>
/// In the OpenAPI document, an operation marked <see cref="ConditionalGetMetadata"/> (or answering with an ETag by hand,
/// as the profiles do) takes <c>If-None-Match</c>, names the <c>ETag</c> header on its 200, and documents its 304.
/// </summary>
public static class ConditionalGetDocumentation
{
    private const string NotModified = "Not modified: the ETag sent in If-None-Match is still the current one. No body; the ETag header repeats it.";

    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ConditionalGetMetadata>().Any())
            return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of the copy you hold: answered 304 with no body while it is still current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers["ETag"] = ETagHeader();
        }
        operation.Responses["304"] = new OpenApiResponse
        {
            Description = NotModified,
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = ETagHeader() },
        };
        return Task.CompletedTask;
    }

    private static OpenApiHeader ETagHeader() => new()
    {
        Description = "The answer's entity tag: a version (\"12\") for a thing that is one version's alone, else a hash of the answer (\"h-…\").",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
