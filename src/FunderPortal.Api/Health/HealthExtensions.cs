using FunderPortal.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FunderPortal.Api.Health;

public static class HealthExtensions
{
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SiloAndStorageHealthCheck>("silo-and-storage");
        return services;
    }

    /// <summary><c>GET /health</c>: 200 when the silo answers and storage reads, 503 otherwise.</summary>
    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health").WithMetadata(new Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute());
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
