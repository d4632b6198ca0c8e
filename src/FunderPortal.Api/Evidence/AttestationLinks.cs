using FunderPortal.Api.Hosting;

namespace FunderPortal.Api.Evidence;

/// <summary>Builds participants' links: <c>{Portal:PublicBaseUrl}/attest/{token}</c>, or the request's own address.</summary>
public sealed class AttestationLinks(PortalOptions options)
{
    public string UrlFor(HttpRequest request, string token)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');
        return $"{baseUrl}/attest/{Uri.EscapeDataString(token)}";
    }
}
