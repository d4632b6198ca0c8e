using System.Net;

namespace FunderPortal.Api.Hosting;

/// <summary>
/// The addresses the web host will listen on, read from settings before it starts (Kestrel's own endpoints when set,
/// else <c>ASPNETCORE_URLS</c>/<c>--urls</c>, else the default), and whether each is reachable from this machine only.
/// </summary>
public static class ListenAddresses
{
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
            return endpoints;
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        return (string.IsNullOrWhiteSpace(urls) ? HostingExtensions.DefaultUrl : urls)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// True for <c>localhost</c>, a loopback address or a Unix socket; false for every other host, the wildcards
    /// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) and anything unreadable.
    /// </summary>
    public static bool IsLoopback(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }
        if (address.IsUnixPipe)
            return true;
        var host = address.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    public static bool AllLoopback(IReadOnlyList<string> urls) => urls.Count > 0 && urls.All(IsLoopback);
}
