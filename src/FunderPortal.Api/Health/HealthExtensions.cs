using FunderPortal.Common;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FunderPortal.Api.Health;

public static class HealthExtensions
{
    /// <summary>Checks that decide readiness carry this tag; liveness runs none.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SiloAndStorageHealthCheck>("silo-and-storage", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>GET /health</c> and <c>/health/ready</c>: 200 when the silo answers and storage reads (and, in cluster mode,
    /// Redis answers and this silo is an active member), 503 otherwise. <c>GET /health/live</c>: 200 while the process
    /// serves HTTP, so an orchestrator restarts only a hung process, never one waiting for its database.
    /// </summary>
    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) };
        app.MapHealthChecks("/health", ready).WithMetadata(new Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute());
        app.MapHealthChecks("/health/ready", ready).WithMetadata(new Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute());
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute());
        return app;
    }
}

/// <summary>Asks a grain to check storage: proves the silo schedules calls and the store reads.</summary>
public sealed class SiloAndStorageHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IHealthProbeGrain>(0).CheckAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(ex is PortalException ? ex.Message : "The silo or its storage is not ready.");
        }
    }
}
