using System.Reflection;
using System.Text.Json;
using FunderPortal.Http.Conditional;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace FunderPortal.Api.Reads;

/// <summary>
/// A GET's answer with an <c>ETag</c>: 200 with the JSON, or 304 with no body when <c>If-None-Match</c> names the tag.
/// The grain has already been asked (so a funder's 304 is a read in the access log like any other). Mapped endpoints
/// publish the 200, the 304 and the headers (<see cref="ConditionalGetMetadata"/>) from the type alone.
/// </summary>
public sealed class ConditionalJson<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    private readonly Func<HttpContext, (string ETag, byte[] Body)> _answer;

    internal ConditionalJson(Func<HttpContext, (string ETag, byte[] Body)> answer) => _answer = answer;

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var (etag, body) = _answer(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        if (EntityTags.NoneMatchHolds(httpContext.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

#pragma warning disable CA1000 // the interface asks for a static member
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
        builder.Metadata.Add(ConditionalGetMetadata.Instance);
    }
#pragma warning restore CA1000

    internal static byte[] Serialize(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.SerializeToUtf8Bytes(value, options.GetTypeInfo(typeof(T)));
    }

}

/// <summary>Makes <see cref="ConditionalJson{T}"/> answers.</summary>
public static class ConditionalJson
{
    /// <summary>
    /// An answer that is one version's alone (the same for every reader): tagged with the version, serialised once per
    /// version and kept as UTF-8 bytes (<see cref="ResponseBytes"/>), so a read of an unchanged thing serialises nothing.
    /// </summary>
    /// <param name="key">What the answer is of, unique among answers of <typeparamref name="T"/>: "charity/{orgId}".</param>
    public static ConditionalJson<T> ForVersion<T>(string key, long version, Func<T> response) => new ConditionalJson<T>(http =>
        (EntityTags.ForVersion(version),
            http.RequestServices.GetRequiredService<ResponseBytes>().GetOrMake(new VersionedKey(typeof(T), key, version), () => ConditionalJson<T>.Serialize(http, response()))));

    /// <summary>
    /// An answer of one version as this reader sees it (their role in it): tagged with the version, which a write's
    /// <c>If-Match</c> takes, and serialised for each reader.
    /// </summary>
    public static ConditionalJson<T> ForVersionOf<T>(long version, T response) => new ConditionalJson<T>(http =>
        (EntityTags.ForVersion(version), ConditionalJson<T>.Serialize(http, response)));

    /// <summary>An answer that depends on more than a version (the reader, a filter, the day): tagged by a hash of its bytes.</summary>
    public static ConditionalJson<T> ForContent<T>(T response) => new ConditionalJson<T>(http =>
    {
        var body = ConditionalJson<T>.Serialize(http, response);
        return (EntityTags.ForContent(body), body);
    });

    private sealed record VersionedKey(Type Answer, string Key, long Version);
}

/// <summary>Marks an operation that answers with an <c>ETag</c> and honours <c>If-None-Match</c> (for the OpenAPI document).</summary>
public sealed class ConditionalGetMetadata
{
    public static ConditionalGetMetadata Instance { get; } = new();

    private ConditionalGetMetadata()
    {
    }
}
