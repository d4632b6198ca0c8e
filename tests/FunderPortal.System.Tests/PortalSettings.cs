namespace FunderPortal.System.Tests;

/// <summary>Everything one portal host is started with; a restart reuses the same settings.</summary>
public sealed record PortalSettings(string DataPath, int HttpPort, int SiloPort, int GatewayPort, string? DevSigningKey,
    IReadOnlyDictionary<string, string>? Extra = null) : IHostSettings
{
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public string Description => $"data {DataPath}";

    /// <summary>Fresh loopback ports for the web host, the silo and its gateway.</summary>
    public static PortalSettings WithFreePorts(string dataPath, string? devSigningKey, IReadOnlyDictionary<string, string>? extra = null)
    {
        var ports = FreePorts.Take(3);
        return new PortalSettings(dataPath, ports[0], ports[1], ports[2], devSigningKey, extra);
    }

    /// <summary>The host's environment: exactly the settings under test, nothing inherited that could override them.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{HttpPort}",
            ["Portal__DataPath"] = DataPath,
            ["Orleans__SiloPort"] = $"{SiloPort}",
            ["Orleans__GatewayPort"] = $"{GatewayPort}",
            ["Auth__DevTokens"] = "true",
        };
        if (DevSigningKey is not null)
            environment["Auth__DevSigningKey"] = DevSigningKey;
        foreach (var (key, value) in Extra ?? new Dictionary<string, string>())
            environment[key] = value;
        return environment;
    }
}
