using FunderPortal.Api.Health;
using FunderPortal.Attachments;
using FunderPortal.EventStore;
using FunderPortal.EventStore.Postgres;
using FunderPortal.PersonalData;
using FunderPortal.PersonalData.Postgres;
using Npgsql;

namespace FunderPortal.Api.Hosting;

public static class ClusterStorageExtensions
{
    /// <summary>Cluster mode's storage: events, snapshots and files in one PostgreSQL database every silo shares.</summary>
    public static IServiceCollection AddClusterStorage(this IServiceCollection services, ClusterSettings settings)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(settings.EventsConnectionString()));
        services.AddSingleton<IEventStore, PostgresEventStore>();
        services.AddSingleton<IAttachmentStore, PostgresAttachmentStore>();
        services.AddSingleton<IPersonalKeyStore, PostgresPersonalKeyStore>();
        services.AddSingleton(_ => new RedisProbe(settings.RedisConnectionString()));
        services.AddClusterHealthChecks();
        // Registered before the silo, so the tables exist before any grain activates.
        services.AddHostedService<PostgresSchemaStartup>();
        return services;
    }
}

/// <summary>Creates the schema at start-up, waiting a bounded time for a database that starts alongside the silos.</summary>
public sealed class PostgresSchemaStartup(NpgsqlDataSource dataSource, ILogger<PostgresSchemaStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        PostgresStartup.WhenReachableAsync(dataSource, logger, "the schema", ct => PostgresSchema.EnsureCreatedAsync(dataSource, ct), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Start-up work on the cluster's database, which may still be starting alongside the silos.</summary>
public static class PostgresStartup
{
    private static readonly TimeSpan WaitAtMost = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="work"/>, retrying each second while PostgreSQL is unreachable, for at most a minute.</summary>
    public static async Task WhenReachableAsync(
        NpgsqlDataSource dataSource, ILogger logger, string what, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await work(cancellationToken);
                return;
            }
            catch (Exception ex) when (PostgresResilience.IsTransient(ex) && waited.Elapsed < WaitAtMost)
            {
                logger.LogWarning("PostgreSQL is not reachable for {What} yet (attempt {Attempt}): {Reason}", what, attempt, ex.Message);
                dataSource.Clear();
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
