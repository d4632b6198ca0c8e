using Npgsql;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FunderPortal.EventStore.Postgres;

/// <summary>
/// The Polly pipeline around PostgreSQL calls that are safe to repeat: reads, health checks, idempotent upserts,
/// opening a connection, and appends whose outcome has been checked first (see <see cref="PostgresEventStore"/>).
/// Retries are few and jittered so that a database outage becomes a quick 503 rather than a pile of waiting
/// requests; the circuit breaker then answers at once until the database has had a moment to come back.
/// </summary>
public static class PostgresResilience
{
    /// <param name="dataSource">Its pool is emptied before a retry: after a database restart every pooled connection is dead.</param>
    public static ResiliencePipeline Create(NpgsqlDataSource dataSource, TimeSpan? attemptTimeout = null) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = _ =>
            {
                dataSource.Clear();
                return ValueTask.CompletedTask;
            },
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(10),
            BreakDuration = TimeSpan.FromSeconds(2),
        })
        .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(5))
        .Build();

    /// <summary>
    /// Failures where the database could not be reached or refused for a moment: the connection broke, the server is
    /// starting or shutting down, resources ran out, or an attempt timed out. Never a constraint violation.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)   // connection exception
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)  // admin shutdown, crash shutdown, cannot connect now
            || postgres.SqlState.StartsWith("53", StringComparison.Ordinal),  // insufficient resources
        NpgsqlException => true, // not from the server: the connection itself failed
        TimeoutRejectedException or TimeoutException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    /// <summary>The database is unreachable (now, or the breaker is open because it just was).</summary>
    public static bool IsUnavailable(Exception exception) =>
        IsTransient(exception) || exception is BrokenCircuitException || exception is InvalidOperationException { InnerException: NpgsqlException };
}
