namespace FunderPortal.Api.Hosting;

/// <summary>Cluster mode's connection strings, read once; a missing one stops start-up with a message naming it.</summary>
public sealed record ClusterSettings(string EventsConnectionString, string RedisConnectionString)
{
    public static ClusterSettings From(IConfiguration configuration) => new(
        Required(configuration, "Events", "an Npgsql connection string, e.g. Host=127.0.0.1;Database=portal;Username=portal;Password=…"),
        Required(configuration, "Redis", "host:port of a Redis with AOF persistence"));

    private static string Required(IConfiguration configuration, string name, string what) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Portal:Mode=Cluster needs ConnectionStrings:{name} (ConnectionStrings__{name}): {what}.");
}
