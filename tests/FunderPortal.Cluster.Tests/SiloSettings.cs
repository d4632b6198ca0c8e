namespace FunderPortal.Cluster.Tests;

/// <summary>
/// One silo of a test cluster: its own ports and home folder (as on a machine of its own, so nothing is shared through
/// <c>~/.aspnet</c>), the cluster's shared database, Redis, ids, signing key and key-ring protection key.
/// </summary>
public sealed record SiloSettings(string Name, int HttpPort, int SiloPort, int GatewayPort, string EventsConnectionString,
    string RedisConnectionString, string ClusterId, string DevSigningKey, string KeyRingKey, string Home) : IHostSettings
{
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public string Description => $"silo {Name} of cluster {ClusterId}";

    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{HttpPort}",
        ["Portal__Mode"] = "Cluster",
        ["ConnectionStrings__Events"] = EventsConnectionString,
        ["ConnectionStrings__Redis"] = RedisConnectionString,
        ["Orleans__ClusterId"] = ClusterId,
        ["Orleans__ServiceId"] = ClusterId,
        ["Orleans__SiloPort"] = $"{SiloPort}",
        ["Orleans__GatewayPort"] = $"{GatewayPort}",
        ["Orleans__AdvertisedIPAddress"] = "127.0.0.1",
        ["Auth__DevTokens"] = "true",
        ["Auth__DevSigningKey"] = DevSigningKey,
        ["Portal__KeyRing__ProtectionKey"] = KeyRingKey,
        ["HOME"] = Home,
        // The load here comes from one person on purpose: no per-person rate limit.
        ["Portal__RateLimit__PermitsPerMinute"] = "0",
    };
}
