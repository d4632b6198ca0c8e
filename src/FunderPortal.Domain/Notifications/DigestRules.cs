namespace FunderPortal.Notifications;

/// <summary>
/// What a person's digests hold, pure over their state: every notification of the kinds they want in that digest
/// (<see cref="DeliveryChoice.DailyDigest"/> or <see cref="DeliveryChoice.WeeklyDigest"/>) that arrived since the last
/// digest of that kind (the first looks back one interval) up to the digest's instant, and was neither emailed on its
/// own nor listed before. A digest is recorded (<see cref="DigestSent"/>) before it is mailed, once per kind and day.
/// </summary>
public static class DigestRules
{
    /// <summary>How many notifications one message lists; the rest are in the portal.</summary>
    public const int MaxListed = 50;

    /// <summary>The digest of <paramref name="kind"/> due by <paramref name="now"/>; null when it was sent, holds nothing, or has no confirmed address to go to.</summary>
    public static DigestSent? Due(NotificationState state, DigestKind kind, DateTimeOffset now)
    {
        if (!state.EmailConfirmed || state.Email is null)
            return null;
        var period = DigestSchedule.LatestDue(kind, now);
        var last = state.LastDigest.GetValueOrDefault(kind);
        if (last is not null && last.Day >= period.Day)
            return null;
        var since = last?.At ?? period.At - DigestSchedule.Interval(kind);
        var choice = DigestSchedule.ChoiceOf(kind);
        List<string> ids = [.. state.Items
            .Where(i => !i.EmailedAtOnce && !i.InDigest && state.DeliveryOf(i.Kind) == choice && i.ReceivedAt > since && i.ReceivedAt <= period.At)
            .Select(i => i.Id)];
        return ids.Count == 0 ? null : new DigestSent(kind, period.Day, period.At, ids);
    }

    /// <summary>Every digest due by <paramref name="now"/>.</summary>
    public static IReadOnlyList<NotificationEvent> AllDue(NotificationState state, DateTimeOffset now) =>
        [.. Enum.GetValues<DigestKind>().Select(k => Due(state, k, now)).OfType<DigestSent>()];

    /// <summary>The digests the person wants (some kind set to one).</summary>
    public static IReadOnlyList<DigestKind> InUse(NotificationState state) =>
        [.. state.Delivery.Values.Select(DigestSchedule.KindOf).OfType<DigestKind>().Distinct().Order()];

    /// <summary>When the next digest the person wants falls due after <paramref name="now"/>; null when they want none.</summary>
    public static DateTimeOffset? NextAfter(NotificationState state, DateTimeOffset now) =>
        InUse(state).Select(k => (DateTimeOffset?)DigestSchedule.NextAfter(k, now).At).Min();
}
