namespace FunderPortal.Common.Outbox;

/// <summary>
/// What one grain owes another: sent until the receiver confirms (its call returns). <paramref name="Key"/> names what the
/// notice is about (one funder's portfolio entry, one grant's note, one person's place): a newer notice (higher
/// <paramref name="Version"/>) with the same key replaces a pending one, so only the latest word is sent. Receivers are
/// idempotent: a notice may arrive more than once.
/// </summary>
public sealed record Notice(string Key, long Version, Func<IGrainFactory, Task> Send);

/// <summary>How the outbox retries and how often it may record its delivered mark.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often a grain retries the notices its receivers have not confirmed (a grain timer while any is pending).</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after everything was delivered the delivered mark is recorded (one write per quiet spell).</summary>
    public TimeSpan MarkAfter { get; set; } = TimeSpan.FromSeconds(30);
}
