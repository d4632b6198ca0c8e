using System.Net;

namespace FunderPortal.Http;

/// <summary><see cref="PortalOptions.TrustedProxies"/> read: single addresses, CIDR networks, and any entry that is neither.</summary>
public sealed record TrustedProxyList(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<IPNetwork> Networks, IReadOnlyList<string> Unreadable)
{
    public static TrustedProxyList Parse(string? setting)
    {
        var (addresses, networks, unreadable) = (new List<IPAddress>(), new List<IPNetwork>(), new List<string>());
        foreach (var entry in (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/') && IPNetwork.TryParse(entry, out var network))
                networks.Add(network);
            else if (!entry.Contains('/') && IPAddress.TryParse(entry, out var address))
                addresses.Add(address);
            else
                unreadable.Add(entry);
        }
        return new(addresses, networks, unreadable);
    }
}
