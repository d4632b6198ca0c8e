using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

/// <summary>When an owner's outbox records how far its notices are delivered, and what that mark then says.</summary>
public sealed class DeliveredMarkTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddHours(1);

    [Fact]
    public void NoMarkIsDueWhileANoticeWaitsForItsReceiver() =>
        Assert.Null(DeliveredMark.Next(DeliveredMark.None, postedThrough: 5, postedAt: T0, pending: 1));

    [Fact]
    public void NoMarkIsDueWhenNothingWasPostedPastTheRecordedOne()
    {
        Assert.Null(DeliveredMark.Next(new DeliveredMark(5, T0), postedThrough: 5, postedAt: T1, pending: 0));
        Assert.Null(DeliveredMark.Next(new DeliveredMark(5, T0), postedThrough: 3, postedAt: T1, pending: 0));
    }

    [Fact]
    public void OnceEverythingIsDeliveredTheMarkCoversEveryChangePosted() =>
        Assert.Equal(new DeliveredMark(5, T1), DeliveredMark.Next(new DeliveredMark(2, T0), postedThrough: 5, postedAt: T1, pending: 0));

    [Fact]
    public void TheMarksInstantNeverGoesBack()
    {
        Assert.Equal(new DeliveredMark(5, T1), DeliveredMark.Next(new DeliveredMark(2, T1), postedThrough: 5, postedAt: T0, pending: 0));
        Assert.Equal(new DeliveredMark(5, T0), DeliveredMark.Next(new DeliveredMark(2, T0), postedThrough: 5, postedAt: null, pending: 0));
    }

    [Fact]
    public void PostsReachFurtherOnlyWhenNothingLiesBetween()
    {
        Assert.Equal(7, DeliveredMark.PostedThrough(postedThrough: 5, after: 5, through: 7));
        Assert.Equal(7, DeliveredMark.PostedThrough(postedThrough: 5, after: 3, through: 7)); // at activation, from the mark
        Assert.Equal(5, DeliveredMark.PostedThrough(postedThrough: 5, after: 6, through: 7)); // change 6 was never posted
        Assert.Equal(5, DeliveredMark.PostedThrough(postedThrough: 5, after: 0, through: 0)); // a post that covers no change
    }

    [Fact]
    public void TheStoredMarkIsTheNewestAndNeverGoesBack()
    {
        var state = new DeliveredMarkState();
        Assert.Equal(DeliveredMark.None, state.ToMark());

        state.Apply(new NoticesDelivered(7, T1), T1);
        state.Apply(new NoticesDelivered(4, null), T1); // a late write of an older mark (another activation's)

        Assert.Equal(new DeliveredMark(7, T1), state.ToMark());
        Assert.Equal(2, state.Version);
    }
}
