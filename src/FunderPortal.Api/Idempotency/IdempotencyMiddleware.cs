using System.Security.Cryptography;
using System.Text;
using FunderPortal.Api.Auth;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Idempotency;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on the POSTs marked <see cref="IdempotencyExtensions.WithIdempotency"/>: the key
/// is scoped to the caller and the route; a retry with the same body gets the first response again and changes
/// nothing; another body with the same key is refused with 422; while the first is still running, a retry
/// waits for its answer. Responses of 5xx are not kept, so such a request can be retried; the creating grain is given the
/// request's id (<see cref="IdempotentRequest"/>), so that retry returns what the first attempt created, not a second one.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IGrainFactory grains, IProblemDetailsService problems)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>();
        if (!HttpMethods.IsPost(context.Request.Method)
            || endpoint is null
            || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key.",
                $"Use 1 to {MaxKeyLength} visible ASCII characters, such as a UUID.");
            return;
        }

        var scope = Hash($"{context.User.Subject()}\n{context.Request.Path}\n{key}");
        var grain = grains.GetGrain<IIdempotencyGrain>(scope);
        var requestHash = await HashBodyAsync(context.Request);
        var decision = await grain.BeginAsync(requestHash);
        for (var waited = TimeSpan.Zero; decision.Outcome == IdempotencyOutcome.InProgress && waited < WaitForFirst; waited += PollEvery)
        {
            await Task.Delay(PollEvery, context.RequestAborted);
            decision = await grain.BeginAsync(requestHash);
        }

        switch (decision.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, decision.Response!, endpoint.RestoreOnReplay);
                return;
            case IdempotencyOutcome.Mismatch:
                await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused with a different request.",
                    "This key was already used for a request with another body. Use a new key for a new request.");
                return;
            case IdempotencyOutcome.InProgress:
                await WriteProblemAsync(context, StatusCodes.Status409Conflict, "The first request with this Idempotency-Key is still running.",
                    "Try again in a moment to receive its response.");
                return;
        }

        // The grain that creates the thing learns the request's id, so even a retry after a 5xx (not kept here) makes nothing
        // twice. It changes with the key's life: the same key used again after it was forgotten is a new request.
        var requestId = Hash($"{scope}\n{decision.Generation}");
        context.Features.Set(new IdempotentRequest(requestId));
        Orleans.Runtime.RequestContext.Set(Ids.RequestContextKey, requestId);
        try
        {
            await ProceedAndKeepAsync(context, grain, requestHash, endpoint.KeepForReplay);
        }
        finally
        {
            Orleans.Runtime.RequestContext.Remove(Ids.RequestContextKey);
        }
    }

    private async Task ProceedAndKeepAsync(HttpContext context, IIdempotencyGrain grain, string requestHash, Func<byte[], byte[]>? keepForReplay)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await grain.AbandonAsync(requestHash);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = new StoredResponse(context.Response.StatusCode, context.Response.ContentType,
            context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
            buffer.ToArray(),
            context.Response.Headers.ContentLanguage.ToString() is { Length: > 0 } language ? language : null);
        if (keepForReplay is not null && response.Status < 300)
            response = response with { Body = keepForReplay(response.Body) };
        if (response.Status >= 500)
            await grain.AbandonAsync(requestHash);
        else
            await grain.CompleteAsync(requestHash, response);

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored, Func<byte[], byte[], byte[]>? restore)
    {
        var body = stored.Body;
        if (restore is not null && stored.Status < 300)
        {
            using var request = new MemoryStream();
            await context.Request.Body.CopyToAsync(request, context.RequestAborted); // buffered and rewound by HashBodyAsync
            body = restore(body, request.ToArray());
        }
        context.Response.StatusCode = stored.Status;
        context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null)
            context.Response.Headers.Location = stored.Location;
        if (stored.ETag is not null)
            context.Response.Headers.ETag = stored.ETag;
        // The first answer again, in its own language, whatever this retry asks for (it may have been kept from a problem
        // whose title followed the first request's Accept-Language).
        if (stored.ContentLanguage is not null)
            context.Response.Headers.ContentLanguage = stored.ContentLanguage;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>Hashes the body (already bounded by the request size limit) and rewinds it for the endpoint.</summary>
    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
