using Microsoft.Extensions.Options;

namespace FunderPortal.Http;

/// <summary>
/// Builds the one-time links handed to people: <c>{Portal:PublicBaseUrl}/{page}/{token}</c>, or the request's own
/// address when no public address is set.
/// </summary>
public sealed class PortalLinks(IOptions<PortalOptions> options)
{
    public string UrlFor(HttpRequest request, string page, string token) => $"{BaseUrl(request)}/{page}/{Uri.EscapeDataString(token)}";

    /// <summary>An absolute link to <paramref name="path"/> (a path of the portal with its query, such as an invitation's).</summary>
    public string UrlForPath(HttpRequest request, string path) => $"{BaseUrl(request)}{path}";

    private string BaseUrl(HttpRequest request)
    {
        var publicBaseUrl = options.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : publicBaseUrl.Trim().TrimEnd('/');
    }
}
