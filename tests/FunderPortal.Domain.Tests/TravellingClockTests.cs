using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public sealed class TravellingClockTests
{
    private static readonly DateTimeOffset Present = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ItRunsOnFromTheInstantItTravelledToAndReturnsToRealTime()
    {
        var real = new TestClock(Present);
        var clock = new TravellingClock(real);
        var yearAgo = Present.AddYears(-1);

        clock.TravelTo(yearAgo);
        real.Advance(TimeSpan.FromMinutes(5));

        Assert.True(clock.IsTravelling);
        Assert.InRange(clock.UtcNow, yearAgo.AddMinutes(5), yearAgo.AddMinutes(6));
        clock.ReturnToPresent();
        Assert.False(clock.IsTravelling);
        Assert.InRange(clock.UtcNow, Present.AddMinutes(5), Present.AddMinutes(6));
    }

    [Fact]
    public void ItNeverRunsBackwardsNorIntoTheFuture()
    {
        var clock = new TravellingClock(new TestClock(Present));
        clock.TravelTo(Present.AddMonths(-6));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.TravelTo(Present.AddMonths(-7)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.TravelTo(Present.AddDays(1)));
        clock.TravelTo(Present.AddMonths(-3));
        clock.ReturnToPresent();
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.TravelTo(Present.AddMonths(-4)));
    }

    private sealed class TestClock(DateTimeOffset start) : IClock
    {
        public DateTimeOffset UtcNow { get; private set; } = start;

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}
