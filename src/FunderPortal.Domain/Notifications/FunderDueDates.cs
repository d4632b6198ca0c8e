using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.People;
using static FunderPortal.Notifications.NoticeWords;
using static FunderPortal.Notifications.NotificationWords;

namespace FunderPortal.Notifications;

/// <summary>
/// A funder's time-bound notifications, pure over its state: a grant's report is due on each anniversary of its planned
/// start (from midnight UTC) for every year the grant ran in — the funder's members are told, linked to its report, and so
/// are the charity's (through the charity's grain, linked to the charity's copy: its journey is the report). The funder
/// holds the grant's dates, so it keeps these due dates for both. An anniversary that had passed when the grant was
/// recorded is not news. Each is named by the grant and the anniversary, so it is told once however often worked out.
/// </summary>
public static class FunderDueDates
{
    /// <summary>No grant reports for longer than this, whatever its end says.</summary>
    public const int MaxYears = 50;

    public static IReadOnlyList<DueNotification> Of(FunderState state) =>
        state.IsRegistered ? [.. state.Grants.SelectMany(g => ReportsDue(state, g))] : [];

    /// <summary>Each anniversary closing a year the grant ran in: the first, and another while the year before it began before the planned end.</summary>
    public static IEnumerable<DueNotification> ReportsDue(FunderState state, Grant grant)
    {
        for (var year = 1; year <= MaxYears && grant.PlannedStart.AddYears(year - 1) < grant.PlannedEnd; year++)
        {
            var anniversary = grant.PlannedStart.AddYears(year);
            var at = Midnight(anniversary);
            if (at <= grant.RecordedAt)
                continue;
            var from = grant.PlannedStart.AddYears(year - 1);
            var source = $"report-due/{grant.Id}/{anniversary:yyyy-MM-dd}";
            yield return new DueNotification(at, NotificationNotice.Of(
                NotificationIds.For(state.OrgId, $"{source}/funder"), NotificationKind.ReportDue, at,
                Say("Year {0} of “{1}” to {2} is done: its report is due", year, InboxLinks.Snippet(grant.Title), grant.CharityName),
                Say("The report of {0}'s grant “{1}” to {2} for {3} to {4} is due: read it from the journey {2} shares, and acknowledge it.",
                    state.Name, grant.Title, grant.CharityName, from, anniversary),
                $"/funders/{Segment(state.OrgId)}/grants/{Segment(grant.Id)}/report"));
            if (OrgId.IsValid(grant.CharityOrgId))
            {
                yield return new DueNotification(at, NotificationNotice.Of(
                    NotificationIds.For(state.OrgId, $"{source}/charity"), NotificationKind.ReportDue, at,
                    Say("Year {0} of {1}'s grant “{2}” is done: its report is due", year, state.Name, InboxLinks.Snippet(grant.Title)),
                    Say("The report of {0}'s grant “{1}” for {2} to {3} is due. Your journey is the report: keep it up to date and share it with {0}.",
                        state.Name, grant.Title, from, anniversary),
                    InboxLinks.GrantReport(grant.CharityOrgId, state.OrgId, grant.Id)), new MembersOf(PlaceKind.Charity, grant.CharityOrgId));
            }
        }
    }

    /// <summary>What fell due after <paramref name="since"/> (from the start when null) up to <paramref name="now"/>, to each member.</summary>
    public static IReadOnlyList<PersonNotice> Owed(FunderState state, DateTimeOffset? since, DateTimeOffset now) =>
        [.. DueWindow.ToOwnMembers(state, DueWindow.In(Of(state), since, now))];

    /// <summary>What fell due in the same window for the grants' charities, each to its charity's grain.</summary>
    public static IReadOnlyList<MembersNotice> OwedElsewhere(FunderState state, DateTimeOffset? since, DateTimeOffset now) =>
        [.. DueWindow.ToOthers(DueWindow.In(Of(state), since, now))];

    public static DateTimeOffset? NextAfter(FunderState state, DateTimeOffset now) => DueWindow.NextAfter(Of(state), now);
}
