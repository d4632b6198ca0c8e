namespace FunderPortal.Common;

/// <summary>
/// The product clock of the embedded default with development sign-in: real time, except while the demo lays down a
/// history, when it runs from an instant in the past the demo chose (only the clock may write a past instant, so this is
/// how a demo gets a journey over time). It never runs backwards once travelling: each stop is later than the last, and
/// returning to the present resumes real time. Production hosts use <see cref="SystemClock"/> and cannot travel.
/// </summary>
public sealed class TravellingClock(IClock real) : IClock
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset _lastStop = DateTimeOffset.MinValue;

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_gate)
                return real.UtcNow + _offset;
        }
    }

    public bool IsTravelling
    {
        get
        {
            lock (_gate)
                return _offset != TimeSpan.Zero;
        }
    }

    /// <summary>From now on "now" runs on from <paramref name="instant"/>, which must be in the past and later than the last stop.</summary>
    public void TravelTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var realNow = real.UtcNow;
            if (instant >= realNow)
                throw new ArgumentOutOfRangeException(nameof(instant), instant, "The clock travels only into the past.");
            if (instant <= _lastStop || instant <= realNow + _offset && _offset != TimeSpan.Zero)
                throw new ArgumentOutOfRangeException(nameof(instant), instant, "The clock never runs backwards while travelling.");
            _offset = instant - realNow;
            _lastStop = instant;
        }
    }

    /// <summary>Real time again.</summary>
    public void ReturnToPresent()
    {
        lock (_gate)
            _offset = TimeSpan.Zero;
    }
}
