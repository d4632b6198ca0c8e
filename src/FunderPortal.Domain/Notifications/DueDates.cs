using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.People;
using static FunderPortal.Notifications.NoticeWords;
using static FunderPortal.Notifications.NotificationWords;

namespace FunderPortal.Notifications;

/// <summary>
/// Something the clock makes due: at <see cref="At"/>, <see cref="Notice"/> is told to the owner's members, or, when
/// <see cref="To"/> is set, to the members of that other organisation (through its grain).
/// </summary>
public sealed record DueNotification(DateTimeOffset At, NotificationNotice Notice, MembersOf? To = null);

/// <summary>The window rules every owner's due dates share: what fell due after one instant up to another, and what comes next.</summary>
public static class DueWindow
{
    /// <summary>What fell due after <paramref name="since"/> (from the start when null) up to <paramref name="now"/>.</summary>
    public static IEnumerable<DueNotification> In(IEnumerable<DueNotification> due, DateTimeOffset? since, DateTimeOffset now) =>
        due.Where(d => d.At <= now && (since is not { } after || d.At > after));

    /// <summary>When the next one falls due after <paramref name="now"/> (null when none will).</summary>
    public static DateTimeOffset? NextAfter(IEnumerable<DueNotification> due, DateTimeOffset now) =>
        due.Select(d => d.At).Where(at => at > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();

    /// <summary>Each due one for the owner's own members, to each of them.</summary>
    public static IEnumerable<PersonNotice> ToOwnMembers<TEvent>(OrganisationState<TEvent> state, IEnumerable<DueNotification> due)
        where TEvent : class, IOrganisationHistory<TEvent> =>
        due.Where(d => d.To is null).SelectMany(d => NotificationFanOut.ToMembers(state, null, d.Notice));

    /// <summary>Each due one for another organisation's members, to that organisation's grain.</summary>
    public static IEnumerable<MembersNotice> ToOthers(IEnumerable<DueNotification> due) =>
        due.Where(d => d.To is not null).Select(d => new MembersNotice(d.To!.Place, d.To.OrgId, d.Notice));
}

/// <summary>
/// A charity's time-bound notifications, pure over its state and the product's clock, each named by what it is about and
/// when, so it is told once however often it is worked out, and what was not yet due is never told:
/// <list type="bullet">
/// <item>its next check-in due soon (<see cref="DaysBefore"/> days before, from midnight UTC) and overdue (from midnight UTC
/// the day after), to its members; recording the check-in moves the due date;</item>
/// <item>links to confirm evidence still unanswered <see cref="AttestationDaysBefore"/> days before they expire, to its
/// members (never saying who was asked);</item>
/// <item>a share with a funder about to end (<see cref="ShareDaysBefore"/> days before) and ended, to that funder's members,
/// unless the charity stopped sharing first.</item>
/// </list>
/// </summary>
public static class CharityDueDates
{
    public const int DaysBefore = 7;
    public const int AttestationDaysBefore = 2;
    public const int ShareDaysBefore = 7;

    public static IReadOnlyList<DueNotification> Of(CharityState state) =>
        state.IsRegistered ? [.. CheckIns(state), .. AttestationLinks(state), .. VoiceLinks(state), .. Shares(state)] : [];

    /// <summary>The next check-in's two: the only ones a change can move (into the past, too).</summary>
    public static IReadOnlyList<DueNotification> CheckIns(CharityState state)
    {
        if (!state.IsRegistered)
            return [];
        var due = CheckInSchedule.NextDue(state);
        var link = $"/charities/{Segment(state.OrgId)}/check-in";
        return
        [
            new(Midnight(due.AddDays(-DaysBefore)), NotificationNotice.Of(
                NotificationIds.For(state.OrgId, $"check-in-due/{due:yyyy-MM-dd}"), NotificationKind.CheckInDue, Midnight(due.AddDays(-DaysBefore)),
                Say("{0}'s check-in is due on {1}", state.Name, due), Say("{0}'s next check-in is due on {1}: reflections, readiness and principles.", state.Name, due), link)),
            new(Midnight(due.AddDays(1)), NotificationNotice.Of(
                NotificationIds.For(state.OrgId, $"check-in-overdue/{due:yyyy-MM-dd}"), NotificationKind.CheckInOverdue, Midnight(due.AddDays(1)),
                Say("{0}'s check-in is overdue", state.Name), Say("{0}'s check-in was due on {1} and is not recorded yet.", state.Name, due), link)),
        ];
    }

    /// <summary>
    /// Per evidence item, the links made together (one expiry) that are still unanswered, told once before they expire.
    /// A link asked again is replaced (a new expiry, a new notice); one made for less than the notice's lead is not told.
    /// </summary>
    public static IEnumerable<DueNotification> AttestationLinks(CharityState state) =>
        state.Evidence.SelectMany(item => item.Asks.Where(a => a.Answer is null).GroupBy(a => a.ExpiresAt)
            .Select(links => (Item: item, ExpiresAt: links.Key, Count: links.Count(), At: links.Key.AddDays(-AttestationDaysBefore), AskedAt: links.Min(a => a.AskedAt)))
            .Where(x => x.At > x.AskedAt)
            .Select(x => new DueNotification(x.At, NotificationNotice.Of(
                NotificationIds.For(state.OrgId, $"attestation-expiring/{x.Item.Id}/{x.ExpiresAt.UtcTicks}"), NotificationKind.AttestationLinkExpiring, x.At,
                Say("Links to confirm “{0}” expire on {1}", InboxLinks.Snippet(x.Item.Title), DayOf(x.ExpiresAt)),
                x.Count == 1
                    ? Say("A participant asked to confirm this evidence of {0} has not answered; their link expires on {1}.", state.Name, DayOf(x.ExpiresAt))
                    : Say("{0} participants asked to confirm this evidence of {1} have not answered; their links expire on {2}.", x.Count, state.Name, DayOf(x.ExpiresAt)),
                $"/charities/{Segment(state.OrgId)}/evidence/{Segment(x.Item.Id)}"))));

    /// <summary>As <see cref="AttestationLinks"/>, for participants asked to rate a check-in (the same kind of notice).</summary>
    public static IEnumerable<DueNotification> VoiceLinks(CharityState state) =>
        state.VoiceAsks.Where(a => a.Answer is null).GroupBy(a => (a.CheckInId, a.ExpiresAt))
            .Select(links => (links.Key.CheckInId, links.Key.ExpiresAt, Count: links.Count(), At: links.Key.ExpiresAt.AddDays(-AttestationDaysBefore), AskedAt: links.Min(a => a.AskedAt)))
            .Where(x => x.At > x.AskedAt && state.FindCheckIn(x.CheckInId) is not null)
            .Select(x => new DueNotification(x.At, NotificationNotice.Of(
                NotificationIds.For(state.OrgId, $"voice-expiring/{x.CheckInId}/{x.ExpiresAt.UtcTicks}"), NotificationKind.AttestationLinkExpiring, x.At,
                Say("Links to rate the check-in of {0} expire on {1}", state.FindCheckIn(x.CheckInId)!.HeldOn, DayOf(x.ExpiresAt)),
                x.Count == 1
                    ? Say("A participant asked to rate this check-in of {0} has not answered; their link expires on {1}.", state.Name, DayOf(x.ExpiresAt))
                    : Say("{0} participants asked to rate this check-in of {1} have not answered; their links expire on {2}.", x.Count, state.Name, DayOf(x.ExpiresAt)),
                $"/charities/{Segment(state.OrgId)}/check-ins/{Segment(x.CheckInId)}")));

    /// <summary>Each share with an end: about to end and ended, to the funder it is with.</summary>
    public static IEnumerable<DueNotification> Shares(CharityState state)
    {
        foreach (var share in state.Shares)
        {
            if (share.ExpiresAt is not { } end)
                continue;
            var funder = new MembersOf(PlaceKind.Funder, share.FunderOrgId);
            var what = ScopeWords(share.Scope);
            var soon = end.AddDays(-ShareDaysBefore);
            if (soon > share.SharedAt && StillEnding(share, soon))
            {
                yield return new DueNotification(soon, NotificationNotice.Of(
                    NotificationIds.For(state.OrgId, $"share-expiring/{share.Id}"), NotificationKind.ShareExpiring, soon,
                    Say("{0} shares its {1} with you until {2}", state.Name, what, DayOf(end)),
                    Say("{0} shares its {1} with you until {2}; after that you see it only if they share it again.", state.Name, what, DayOf(end)),
                    $"/funders/{Segment(share.FunderOrgId)}/charities/{Segment(state.OrgId)}"), funder);
            }
            if (StillEnding(share, end))
            {
                yield return new DueNotification(end, NotificationNotice.Of(
                    NotificationIds.For(state.OrgId, $"share-expired/{share.Id}"), NotificationKind.ShareExpired, end,
                    Say("{0} no longer shares its {1} with you", state.Name, what),
                    Say("{0}'s share of its {1} with you ended on {2}.", state.Name, what, DayOf(end)),
                    $"/funders/{Segment(share.FunderOrgId)}"), funder);
            }
        }
    }

    /// <summary>Whether, at <paramref name="at"/>, the share was still set to end: not stopped before then (a funder has one live share at a time).</summary>
    private static bool StillEnding(Share share, DateTimeOffset at) => share.RevokedAt is not { } stopped || stopped > at;

    /// <summary>
    /// What a share covers, in words: "journey", "journey and resourcing plan", "journey, resourcing plan and evidence"
    /// (each whole, so a translation may change the words' forms in a list).
    /// </summary>
    public static Phrase ScopeWords(IReadOnlyList<ShareScope> scope)
    {
        var set = scope.ToHashSet();
        return (set.Contains(ShareScope.Journey), set.Contains(ShareScope.Resourcing), set.Contains(ShareScope.Evidence)) switch
        {
            (true, true, true) => Say("journey, resourcing plan and evidence"),
            (true, true, false) => Say("journey and resourcing plan"),
            (true, false, true) => Say("journey and evidence"),
            (false, true, true) => Say("resourcing plan and evidence"),
            (true, false, false) => Say("journey"),
            (false, true, false) => Say("resourcing plan"),
            (false, false, true) => Say("evidence"),
            _ => new Phrase(string.Join(", ", scope.Order()), []),
        };
    }

    /// <summary>What fell due after <paramref name="since"/> (from the start when null) up to <paramref name="now"/>, to each member.</summary>
    public static IReadOnlyList<PersonNotice> Owed(CharityState state, DateTimeOffset? since, DateTimeOffset now) =>
        [.. DueWindow.ToOwnMembers(state, DueWindow.In(Of(state), since, now))];

    /// <summary>What fell due in the same window for funders' members, each to its funder's grain.</summary>
    public static IReadOnlyList<MembersNotice> OwedElsewhere(CharityState state, DateTimeOffset? since, DateTimeOffset now) =>
        [.. DueWindow.ToOthers(DueWindow.In(Of(state), since, now))];

    /// <summary>After a change that moves the check-in schedule: its notices due by now, wherever the new due date fell.</summary>
    public static IReadOnlyList<PersonNotice> CheckInsOwed(CharityState state, DateTimeOffset now) =>
        [.. DueWindow.ToOwnMembers(state, DueWindow.In(CheckIns(state), null, now))];

    /// <summary>When the next one falls due after <paramref name="now"/> (null when none will).</summary>
    public static DateTimeOffset? NextAfter(CharityState state, DateTimeOffset now) => DueWindow.NextAfter(Of(state), now);
}
