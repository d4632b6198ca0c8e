using FunderPortal.Api.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FunderPortal.Api.Tests;

/// <summary>A silo stays ready through a short Redis outage (grains already placed keep serving), not a long one.</summary>
public sealed class RedisHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, HealthStatus.Degraded)]
    [InlineData(29, HealthStatus.Degraded)]
    [InlineData(30, HealthStatus.Unhealthy)]
    [InlineData(300, HealthStatus.Unhealthy)]
    public void AnUnansweredRedisIsToleratedForThirtySeconds(int secondsSinceLastAnswer, HealthStatus expected) =>
        Assert.Equal(expected, RedisHealth.WhenUnanswered(Now.AddSeconds(-secondsSinceLastAnswer), Now, RedisHealthCheck.Tolerated).Status);

    [Fact]
    public void ARedisThatNeverAnsweredIsNotReady() =>
        Assert.Equal(HealthStatus.Unhealthy, RedisHealth.WhenUnanswered(null, Now, RedisHealthCheck.Tolerated).Status);
}
