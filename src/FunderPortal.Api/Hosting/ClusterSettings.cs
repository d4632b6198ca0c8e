using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace FunderPortal.Api.Hosting;

/// <summary>Cluster mode's connection strings (<c>ConnectionStrings:Events</c>, <c>ConnectionStrings:Redis</c>).</summary>
public sealed class ClusterSettings
{
    public const string Section = "ConnectionStrings";

    /// <summary>The Npgsql connection string of the PostgreSQL database every silo shares.</summary>
    public string? Events { get; set; }

    /// <summary><c>host:port</c> of the membership Redis (with AOF persistence).</summary>
    public string? Redis { get; set; }

    /// <summary>The events connection string; only asked for in cluster mode, where validation has made sure of it.</summary>
    public string EventsConnectionString() => Events ?? throw new InvalidOperationException("ConnectionStrings:Events is not set.");

    public string RedisConnectionString() => Redis ?? throw new InvalidOperationException("ConnectionStrings:Redis is not set.");
}

/// <summary>In cluster mode both connection strings are required and must parse; their values (passwords) are never shown.</summary>
public sealed class ClusterSettingsValidation(IOptions<PortalOptions> portal) : IValidateOptions<ClusterSettings>
{
    public ValidateOptionsResult Validate(string? name, ClusterSettings options)
    {
        var check = new SettingChecks(ClusterSettings.Section);
        if (portal.Value.Mode != PortalMode.Cluster)
            return check.Result;
        if (string.IsNullOrWhiteSpace(options.Events))
            check.Fail(nameof(options.Events), "set in cluster mode: an Npgsql connection string, e.g. Host=127.0.0.1;Database=portal;Username=portal;Password=…", "empty");
        else if (!IsNpgsql(options.Events))
            check.Fail(nameof(options.Events), "an Npgsql connection string, e.g. Host=127.0.0.1;Database=portal;Username=portal;Password=…", "not one; not shown, it may hold a password");
        if (string.IsNullOrWhiteSpace(options.Redis))
            check.Fail(nameof(options.Redis), "set in cluster mode: host:port of a Redis with AOF persistence", "empty");
        else if (!IsRedis(options.Redis))
            check.Fail(nameof(options.Redis), "host:port of a Redis with AOF persistence", "not one; not shown, it may hold a password");
        return check.Result;
    }

    private static bool IsNpgsql(string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsRedis(string value)
    {
        try
        {
            return ConfigurationOptions.Parse(value).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
