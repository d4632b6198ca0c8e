using Microsoft.Extensions.Options;

namespace FunderPortal.Http;

/// <summary>
/// Builds the one-time links handed to people: <c>{Portal:PublicBaseUrl}/{page}/{token}</c>, or the request's own
/// address when no public address is set.
/// </summary>
public sealed class PortalLinks(IOptions<PortalOptions> options)
{
    public string UrlFor(HttpRequest request, string page, string token)
    {
        var publicBaseUrl = options.Value.PublicBaseUrl;
        var baseUrl = string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : publicBaseUrl.Trim().TrimEnd('/');
        return $"{baseUrl}/{page}/{Uri.EscapeDataString(token)}";
    }
}
