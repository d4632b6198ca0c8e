using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunderPortal.Api.Idempotency;

/// <summary>Marks endpoints that honour <c>Idempotency-Key</c>.</summary>
public sealed class IdempotentEndpoint
{
    public static readonly IdempotentEndpoint Instance = new();
}

public static class IdempotencyExtensions
{
    /// <summary>This POST creates something: honour <c>Idempotency-Key</c> and say so in the contract.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) => builder
        .WithMetadata(IdempotentEndpoint.Instance)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyMiddleware.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Makes a retry safe: the same key and body within 24 hours returns the first response and creates "
                    + "nothing more; the same key with another body is refused with 422. Scoped to you and this route.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyMiddleware.MaxKeyLength },
            });
            return Task.CompletedTask;
        });

    public static WebApplication UseIdempotency(this WebApplication app)
    {
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }
}
