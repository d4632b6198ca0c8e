using FunderPortal.Testing;

namespace FunderPortal.Benchmarks.Hosting;

/// <summary>What one host process is started with: the host's binary, its data folder and loopback ports.</summary>
internal sealed record HostSettings(string HostDll, string DataPath, int HttpPort, int SiloPort, int GatewayPort) : IHostSettings
{
    /// <summary>Every host of the run signs development tokens with this, so a token outlives a restart.</summary>
    public const string DevSigningKey = "bench";

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public string Description => $"data {DataPath}";

    public string DatabaseFile => Path.Combine(DataPath, "funderportal.db");

    public static HostSettings WithFreePorts(string hostDll, string dataPath)
    {
        var ports = FreePorts.Take(3);
        return new HostSettings(hostDll, dataPath, ports[0], ports[1], ports[2]);
    }

    /// <summary>The same host and data folder on fresh ports, for a restart.</summary>
    public HostSettings OnFreshPorts() => WithFreePorts(HostDll, DataPath);

    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{HttpPort}",
        ["Portal__DataPath"] = DataPath,
        ["Orleans__SiloPort"] = $"{SiloPort}",
        ["Orleans__GatewayPort"] = $"{GatewayPort}",
        ["Auth__DevTokens"] = "true",
        ["Auth__DevSigningKey"] = DevSigningKey,
        // Every request comes from one person (subject "bench") at full speed: no per-person rate limit (0 turns it off),
        // or the history scenario's first write after 1,200 in a minute would be answered 429.
        ["Portal__RateLimit__PermitsPerMinute"] = "0",
    };
}
