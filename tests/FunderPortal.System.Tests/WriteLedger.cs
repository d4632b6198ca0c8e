using System.Collections.Concurrent;
using System.Diagnostics;

namespace FunderPortal.System.Tests;

/// <summary>What the concurrent writers sent and what they were told, safe to record from many tasks.</summary>
public sealed class WriteLedger
{
    private readonly ConcurrentQueue<WorkstreamAttempt> _starts = new();
    private readonly ConcurrentQueue<RungAttempt> _rungs = new();
    private readonly ConcurrentQueue<string> _errorAnswers = new();
    private int _acknowledged;
    private int _inFlight;

    public IReadOnlyList<WorkstreamAttempt> Starts => [.. _starts];

    public IReadOnlyList<RungAttempt> Rungs => [.. _rungs];

    /// <summary>Requests the host answered with a non-2xx status (their outcome counts as unknown too).</summary>
    public IReadOnlyList<string> ErrorAnswers => [.. _errorAnswers];

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Requests sent and not yet answered or failed.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public void Sending() => Interlocked.Increment(ref _inFlight);

    public void Finished() => Interlocked.Decrement(ref _inFlight);

    public void Record(WorkstreamAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        _starts.Enqueue(attempt);
        if (attempt.Acknowledged)
            Interlocked.Increment(ref _acknowledged);
    }

    public void Record(RungAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        _rungs.Enqueue(attempt);
        if (attempt.Acknowledged)
            Interlocked.Increment(ref _acknowledged);
    }

    public void RecordErrorAnswer(string description) => _errorAnswers.Enqueue(description);

    /// <summary>Waits (bounded) until at least <paramref name="count"/> writes were acknowledged; false on timeout or when the writers are all done.</summary>
    public async Task<bool> WaitForAcknowledgedAsync(int count, TimeSpan within, IReadOnlyCollection<Task> writers, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (Acknowledged < count)
        {
            if (clock.Elapsed > within || writers.All(w => w.IsCompleted))
                return false;
            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
        return true;
    }

    public string Summary() =>
        $"acknowledged {Acknowledged} (starts {_starts.Count(a => a.Acknowledged)}, rung changes {_rungs.Count(a => a.Acknowledged)}); "
        + $"unknown outcome: starts {_starts.Count(a => !a.Acknowledged)}, rung changes {_rungs.Count(a => !a.Acknowledged)}; "
        + $"error answers {_errorAnswers.Count}";
}
