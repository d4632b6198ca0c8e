using FunderPortal.Common;

namespace FunderPortal.Testing;

/// <summary>The product clock under the test's control; it only moves forward, by a tick per reading.</summary>
public sealed class TestClock(DateTimeOffset start) : IClock
{
    private long _ticks = start.UtcTicks;

    public DateTimeOffset UtcNow => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
