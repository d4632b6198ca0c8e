using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunderPortal.Api.Idempotency;

/// <summary>Marks endpoints that honour <c>Idempotency-Key</c>.</summary>
/// <param name="KeepForReplay">
/// What of the first response body is kept for replays; by default all of it. Secrets shown once (a participant's
/// link) are taken out here, so a replay never shows them again.
/// </param>
/// <param name="RestoreOnReplay">
/// Puts back, from the retried request itself, what <see cref="KeepForReplay"/> left out because it must not be kept in
/// the clear (a person's own words, sealed in their organisation's history). A replay needs the same body, so the
/// request holds exactly what the first response showed.
/// </param>
public sealed record IdempotentEndpoint(Func<byte[], byte[]>? KeepForReplay = null, Func<byte[], byte[], byte[]>? RestoreOnReplay = null);

public static class IdempotencyExtensions
{
    /// <summary>This POST creates something: honour <c>Idempotency-Key</c> and say so in the contract.</summary>
    public static RouteHandlerBuilder WithIdempotency(
        this RouteHandlerBuilder builder, Func<byte[], byte[]>? keepForReplay = null, Func<byte[], byte[], byte[]>? restoreOnReplay = null) => builder
        .WithMetadata(new IdempotentEndpoint(keepForReplay, restoreOnReplay))
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
