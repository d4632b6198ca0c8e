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
    private static readonly TimeSpan WaitAtMost = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PostgresSchema.EnsureCreatedAsync(dataSource, cancellationToken);
                return;
            }
            catch (Exception ex) when (PostgresResilience.IsTransient(ex) && waited.Elapsed < WaitAtMost)
            {
                logger.LogWarning("PostgreSQL is not reachable yet (attempt {Attempt}): {Reason}", attempt, ex.Message);
                dataSource.Clear();
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
