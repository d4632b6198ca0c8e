using StackExchange.Redis;

namespace FunderPortal.Api.Hosting;

/// <summary>One lazily opened connection to the membership Redis, for health checks only (Orleans keeps its own).</summary>
public sealed class RedisProbe(string connectionString) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2_000;
        return ConnectionMultiplexer.ConnectAsync(options);
    });

    public async Task<TimeSpan> PingAsync() => await (await _connection.Value).GetDatabase().PingAsync();

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
            await (await _connection.Value).DisposeAsync();
    }
}
