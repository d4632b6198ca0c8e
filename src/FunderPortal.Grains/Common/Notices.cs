namespace FunderPortal.Common;

/// <summary>Fire-and-forget, written once for every grain: what another grain is told without waiting for its answer.</summary>
public static class Notices
{
    /// <summary>
    /// Lets <paramref name="notice"/> run on without awaiting it (so the teller never waits on, nor deadlocks with, the
    /// told); a failure is only handed to <paramref name="onFailure"/> (which logs it) and heals on the next notice.
    /// </summary>
    public static void Forget(this Task notice, Action<Exception> onFailure) => notice.ContinueWith(
        t => onFailure(t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
