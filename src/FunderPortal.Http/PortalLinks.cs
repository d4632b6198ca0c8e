namespace FunderPortal.Http;

/// <summary>
/// Builds the one-time links handed to people: <c>{Portal:PublicBaseUrl}/{page}/{token}</c>, or the request's own
/// address when no public address is set.
/// </summary>
public sealed class PortalLinks(PortalOptions options)
{
    public string UrlFor(HttpRequest request, string page, string token)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');
        return $"{baseUrl}/{page}/{Uri.EscapeDataString(token)}";
    }
}
