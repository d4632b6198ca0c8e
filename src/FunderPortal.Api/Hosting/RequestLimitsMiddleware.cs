using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Hosting;

/// <summary>
/// Refuses bodies over <see cref="PortalOptions.MaxJsonBodyBytes"/> (or an endpoint's own
/// <see cref="IRequestSizeLimitMetadata"/>, as file uploads have) with 413: at once when Content-Length says so,
/// and through the server's own limit while a chunked body is read.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<PortalOptions> settings, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var options = settings.Value;
        var metadata = context.GetEndpoint()?.Metadata;
        var max = metadata?.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? (metadata?.GetMetadata<AcceptsAttachmentsAttribute>() is not null ? options.MaxAttachmentBytes : options.MaxJsonBodyBytes);
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = RefusalTable.ForUnreadableRequest(StatusCodes.Status413PayloadTooLarge).Title,
                    Detail = $"Send at most {max:N0} bytes.",
                },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max;
        await next(context);
    }
}
