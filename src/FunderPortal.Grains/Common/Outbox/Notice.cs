namespace FunderPortal.Common.Outbox;

/// <summary>
/// What one grain owes another: sent until the receiver confirms (its call returns). <paramref name="Key"/> names what the
/// notice is about (one funder's portfolio entry, one grant's note, one person's place): a newer notice (higher
/// <paramref name="Version"/>) with the same key replaces a pending one, so only the latest word is sent. Receivers are
/// idempotent: a notice may arrive more than once.
/// </summary>
public sealed record Notice(string Key, long Version, Func<IGrainFactory, Task> Send);

/// <summary>How often a grain retries the notices its receivers have not confirmed (a grain timer while any is pending).</summary>
public sealed class OutboxOptions
{
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromSeconds(5);
}
