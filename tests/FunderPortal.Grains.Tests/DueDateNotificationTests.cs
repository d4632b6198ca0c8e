using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;
using Orleans.Core.Internal;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// A charity's check-in falling due reaches its members once, by the product's clock: the test moves the clock and ticks
/// the charity's due-dates reminder as Orleans would; a tick again, or the charity waking up afresh (a restart), tells
/// nothing twice, and the reminder itself is in the durable reminder table.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DueDateNotificationTests(ClusterFixture fixture)
{
    private static readonly TickStatus Tick = new(DateTime.UtcNow, TimeSpan.FromDays(30), DateTime.UtcNow);

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"Not {what} in time.");
    }

    private async Task<IReadOnlyList<NotificationView>> NotificationsOfAsync(string subject) =>
        (await fixture.Grains.GetGrain<INotificationsGrain>(subject).GetPageAsync(false, null, 200)).Items;

    private async Task SleepAsync(IAddressable grain)
    {
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await Eventually(async () => await management.GetActivationAddress(grain) is null, "deactivated");
    }

    [Fact]
    public async Task ACheckInDueSoonAndThenOverdueIsToldToEachMemberOnceAcrossTicksAndRestarts()
    {
        var orgId = Keys.NewOrgId();
        var editor = $"due-{Guid.NewGuid():n}";
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        var due = DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime).AddDays(CheckInSchedule.DefaultIntervalDays);
        await charity.RegisterAsync(new RegisterCharity(orgId, "Hope Street", SizeBand.Small, ["Leeds"], [], null), editor);
        var reminders = new FunderPortal.Common.Outbox.SqliteReminderTable(ClusterFixture.DatabasePath);
        await Eventually(async () => await reminders.ReadRow(charity.GetGrainId(), CharityGrain.DueDatesReminder) is not null,
            "the due-dates reminder in the durable reminder table (the events' database)");

        // Nothing is due yet: a tick tells nothing.
        await charity.AsReference<IRemindable>().ReceiveReminder(CharityGrain.DueDatesReminder, Tick);
        await Task.Delay(300);
        Assert.Empty(await NotificationsOfAsync(editor));

        fixture.Clock.Advance(new DateTimeOffset(due.AddDays(-CharityDueDates.DaysBefore).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(1) - fixture.Clock.UtcNow);
        await charity.AsReference<IRemindable>().ReceiveReminder(CharityGrain.DueDatesReminder, Tick);
        await Eventually(async () => (await NotificationsOfAsync(editor)).Count == 1, "told it is due");
        var soon = Assert.Single(await NotificationsOfAsync(editor));
        Assert.Equal((NotificationKind.CheckInDue, $"/charities/{orgId}/check-in"), (soon.Kind, soon.Link));

        // Ticked again, and woken afresh: still once.
        await charity.AsReference<IRemindable>().ReceiveReminder(CharityGrain.DueDatesReminder, Tick);
        await SleepAsync(charity);
        await charity.GetProfileAsync(editor);
        await Task.Delay(500);
        Assert.Single(await NotificationsOfAsync(editor));

        fixture.Clock.Advance(TimeSpan.FromDays(CharityDueDates.DaysBefore + 1));
        await charity.AsReference<IRemindable>().ReceiveReminder(CharityGrain.DueDatesReminder, Tick);
        await Eventually(async () => (await NotificationsOfAsync(editor)).Count == 2, "told it is overdue");
        Assert.Equal([NotificationKind.CheckInOverdue, NotificationKind.CheckInDue], (await NotificationsOfAsync(editor)).Select(n => n.Kind));
    }
}
