using FunderPortal.People;

namespace FunderPortal.Notifications;

/// <summary>
/// Every member of another organisation (a charity or a funder) to tell <see cref="Notice"/>: told by that organisation's
/// own grain, which alone knows its members (<c>TellMembersAsync</c>). The grain whose facts caused it keeps it owed (its
/// outbox, from its committed events or its due dates) until that grain confirms every member holds it.
/// </summary>
public sealed record MembersNotice(PlaceKind Place, string OrgId, NotificationNotice Notice);

/// <summary>An organisation whose members are told, instead of the owner's own.</summary>
public sealed record MembersOf(PlaceKind Place, string OrgId);

/// <summary>Shared parts of notifications: the day of an instant (UTC), midnight of a day, a link's segment.</summary>
public static class NotificationWords
{
    /// <summary>The UTC day of <paramref name="at"/>, written in the reader's language when read (<see cref="PhraseValue.Day"/>).</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static string Segment(string value) => Uri.EscapeDataString(value);
}
