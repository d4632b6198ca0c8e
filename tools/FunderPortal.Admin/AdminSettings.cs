using FunderPortal.Http;

namespace FunderPortal.Admin;

/// <summary>The host's own settings, read from the same environment variables, so a command sees what the portal sees.</summary>
public sealed record AdminSettings(bool Cluster, string DataPath, string? EventsConnectionString)
{
    public string SqlitePath => Path.Combine(Path.GetFullPath(DataPath), "funderportal.db");

    public string AttachmentsPath => Path.Combine(Path.GetFullPath(DataPath), "attachments");

    public string RequiredEvents => EventsConnectionString is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("Set ConnectionStrings__Events to the cluster's Npgsql connection string.");

    /// <summary>The portal's settings; an unknown <c>Portal__Mode</c> is refused in the portal's words, never taken as embedded.</summary>
    public static AdminSettings FromEnvironment() => new(
        IsCluster(Environment.GetEnvironmentVariable("Portal__Mode")),
        Environment.GetEnvironmentVariable("Portal__DataPath") is { Length: > 0 } path ? path : "./data",
        Environment.GetEnvironmentVariable("ConnectionStrings__Events"));

    private static bool IsCluster(string? mode)
    {
        if (string.IsNullOrWhiteSpace(mode))
            return false;
        return SettingChecks.ParseName(typeof(PortalMode), mode) is PortalMode parsed
            ? parsed == PortalMode.Cluster
            : throw new InvalidOperationException(SettingChecks.Failure("Portal:Mode", SettingChecks.OneOf(typeof(PortalMode)), mode));
    }
}
