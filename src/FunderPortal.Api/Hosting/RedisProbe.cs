using StackExchange.Redis;

namespace FunderPortal.Api.Hosting;

/// <summary>One lazily opened connection to the membership Redis, for health checks only (Orleans keeps its own).</summary>
public sealed class RedisProbe(string connectionString) : IAsyncDisposable
{
    private long _lastAnsweredTicks;
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2_000;
        return ConnectionMultiplexer.ConnectAsync(options);
    });

    /// <summary>When Redis last answered a ping (UTC), or null when it has not yet.</summary>
    public DateTimeOffset? LastAnswered =>
        Interlocked.Read(ref _lastAnsweredTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public async Task<TimeSpan> PingAsync(DateTimeOffset now)
    {
        var took = await (await _connection.Value).GetDatabase().PingAsync();
        Interlocked.Exchange(ref _lastAnsweredTicks, now.UtcTicks);
        return took;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
            await (await _connection.Value).DisposeAsync();
    }
}
