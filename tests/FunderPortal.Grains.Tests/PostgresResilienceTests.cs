using FunderPortal.EventStore.Postgres;
using Npgsql;
using Polly.CircuitBreaker;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// The pipeline around every PostgreSQL call, with the database stood in for by a callback that fails while "down": no
/// server is needed (the data source is never opened, only emptied before retries).
/// </summary>
public sealed class PostgresResilienceTests
{
    [Fact]
    public async Task CallsFailAsUnavailableWhileTheDatabaseIsDownAndSucceedOnceItIsBackEvenWhileTheBreakerIsOpen()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody;Database=none");
        var pipeline = PostgresResilience.Create(dataSource);
        var down = true;
        var attempts = 0;
        ValueTask<int> Call(CancellationToken _)
        {
            Interlocked.Increment(ref attempts);
            return Volatile.Read(ref down) ? throw new NpgsqlException("The database is down.") : ValueTask.FromResult(1);
        }

        // Fail until the breaker has opened (it needs 10 failures: each call makes up to 4 attempts).
        var refusedByBreaker = false;
        for (var call = 0; call < 10 && !refusedByBreaker; call++)
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => pipeline.ExecuteAsync(Call).AsTask());
            Assert.True(PostgresResilience.IsUnavailable(failure), $"Call {call + 1} failed with {failure}");
            refusedByBreaker = failure is BrokenCircuitException;
        }
        Assert.True(refusedByBreaker, "The breaker never opened.");

        // The breaker is open (its last probe failed just now) and the database is back: calls made now wait for the
        // breaker to half-open inside the call, one probes, and every one succeeds without the caller retrying.
        Volatile.Write(ref down, false);
        var attemptsWhileDown = Volatile.Read(ref attempts);
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => pipeline.ExecuteAsync(Call).AsTask()));

        Assert.Equal([1, 1, 1, 1, 1], answers);
        Assert.Equal(attemptsWhileDown + 5, Volatile.Read(ref attempts));
    }
}
