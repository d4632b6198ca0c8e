namespace FunderPortal.Admin;

/// <summary>The host's own settings, read from the same environment variables, so a command sees what the portal sees.</summary>
public sealed record AdminSettings(bool Cluster, string DataPath, string? EventsConnectionString)
{
    public string SqlitePath => Path.Combine(Path.GetFullPath(DataPath), "funderportal.db");

    public string AttachmentsPath => Path.Combine(Path.GetFullPath(DataPath), "attachments");

    public string RequiredEvents => EventsConnectionString is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("Set ConnectionStrings__Events to the cluster's Npgsql connection string.");

    public static AdminSettings FromEnvironment() => new(
        string.Equals(Environment.GetEnvironmentVariable("Portal__Mode"), "Cluster", StringComparison.OrdinalIgnoreCase),
        Environment.GetEnvironmentVariable("Portal__DataPath") is { Length: > 0 } path ? path : "./data",
        Environment.GetEnvironmentVariable("ConnectionStrings__Events"));
}
