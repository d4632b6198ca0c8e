using System.Diagnostics;
using Npgsql;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FunderPortal.EventStore.Postgres;

/// <summary>
/// The Polly pipeline around PostgreSQL calls that are safe to repeat: reads, health checks, idempotent upserts,
/// opening a connection, and appends whose outcome has been checked first (see <see cref="PostgresEventStore"/>).
/// Retries are few and jittered so that a database outage becomes a 503 within seconds rather than a pile of requests
/// hammering the database; the circuit breaker then lets one call a second probe the database while the others wait.
/// </summary>
/// <remarks>
/// Each silo has its own breaker, and a grain's calls use the breaker of the silo it lives on. A call the open breaker
/// refuses does not fail at once: it waits for the breaker to half-open and tries again, for at most
/// <see cref="BreakerWait"/> after the first refusal (never starting a wait that would end later). So a request sent
/// after the database is back succeeds within <see cref="BreakerWait"/> plus its own attempt, on every silo, even one
/// whose breaker opened just before the database came back; while the database stays down requests answer 503 after at
/// most about <see cref="BreakerWait"/>, and only the half-open probes reach for the database.
/// </remarks>
public static class PostgresResilience
{
    /// <summary>How long the breaker stays open before it lets one call probe the database.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest a call waits, from the breaker's first refusal, for it to let calls through again: room for two
    /// half-open probes, in case the first meets a connection the restart left dead (the retry then empties the pool).
    /// </summary>
    public static readonly TimeSpan BreakerWait = TimeSpan.FromMilliseconds(2_500);

    /// <summary>While another call probes the half-open breaker, a waiting call looks again this often.</summary>
    private static readonly TimeSpan HalfOpenPoll = TimeSpan.FromMilliseconds(50);

    private static readonly ResiliencePropertyKey<long> FirstRefusedAt = new("FunderPortal.Postgres.FirstRefusedAt");
    private static readonly ResiliencePropertyKey<TimeSpan> NextWait = new("FunderPortal.Postgres.NextWait");

    /// <param name="dataSource">Its pool is emptied before a retry: after a database restart every pooled connection is dead.</param>
    /// <param name="attemptTimeout">How long one attempt may take (5 s unless given).</param>
    public static ResiliencePipeline Create(NpgsqlDataSource dataSource, TimeSpan? attemptTimeout = null)
    {
        var breaker = new CircuitBreakerStateProvider();
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                // Bounded by time (BreakerWait), not by a count of attempts.
                ShouldHandle = args => ValueTask.FromResult(WaitsForBreaker(args.Outcome.Exception, args.Context, breaker.CircuitState)),
                MaxRetryAttempts = int.MaxValue,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextWait, HalfOpenPoll)),
            })
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
                BreakDuration = BreakDuration,
                StateProvider = breaker,
            })
            .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(5))
            .Build();
    }

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

    /// <summary>
    /// Whether a call the breaker refused should wait and try again: until the breaker half-opens when it is open, a
    /// moment when another call is probing, and only while the wait ends within <see cref="BreakerWait"/> of the call's
    /// first refusal. The wait is left in the call's context for the delay.
    /// </summary>
    private static bool WaitsForBreaker(Exception? exception, ResilienceContext context, CircuitState state)
    {
        if (exception is not BrokenCircuitException refused)
            return false;
        var now = Stopwatch.GetTimestamp();
        if (!context.Properties.TryGetValue(FirstRefusedAt, out var firstRefused))
        {
            firstRefused = now;
            context.Properties.Set(FirstRefusedAt, firstRefused);
        }
        var wait = state == CircuitState.Open && refused.RetryAfter is { } untilHalfOpen && untilHalfOpen > HalfOpenPoll
            ? untilHalfOpen
            : HalfOpenPoll;
        if (Stopwatch.GetElapsedTime(firstRefused, now) + wait > BreakerWait)
            return false;
        context.Properties.Set(NextWait, wait);
        return true;
    }
}
