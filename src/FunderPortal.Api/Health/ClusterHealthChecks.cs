using FunderPortal.Api.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace FunderPortal.Api.Health;

public static class ClusterHealthChecks
{
    /// <summary>Cluster mode's readiness adds: the membership Redis answers, and this silo is an active member.</summary>
    public static IServiceCollection AddClusterHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>("redis", tags: [HealthExtensions.Ready])
            .AddCheck<MembershipHealthCheck>("membership", tags: [HealthExtensions.Ready]);
        return services;
    }
}

/// <summary>
/// Redis keeps the membership table, not the grains: while it is away, grains already placed keep serving and silos keep
/// probing each other directly. So a silo stays ready (degraded, still 200) for <see cref="Tolerated"/> after Redis last
/// answered, and every silo does not leave service at once over a Redis restart. Longer, or never answered: unready.
/// </summary>
public sealed class RedisHealthCheck(RedisProbe redis, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan Tolerated = TimeSpan.FromSeconds(30);

    /// <summary>A probe must answer quickly even while Redis does not (Kubernetes waits 1 s unless told otherwise).</summary>
    private static readonly TimeSpan PingWithin = TimeSpan.FromMilliseconds(800);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.PingAsync(time.GetUtcNow()).WaitAsync(PingWithin, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return RedisHealth.WhenUnanswered(redis.LastAnswered, time.GetUtcNow(), Tolerated);
        }
    }
}

/// <summary>The rule, apart from the network: how a silo reports a Redis that does not answer now.</summary>
public static class RedisHealth
{
    public static HealthCheckResult WhenUnanswered(DateTimeOffset? lastAnswered, DateTimeOffset now, TimeSpan tolerated) =>
        lastAnswered is { } last && now - last < tolerated
            ? HealthCheckResult.Degraded($"The membership Redis has not answered for {(now - last).TotalSeconds:0} s; grains already placed keep serving.")
            : HealthCheckResult.Unhealthy("The membership Redis does not answer.");
}

public sealed class MembershipHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"This silo is {status} in the cluster, not active."));
    }
}
