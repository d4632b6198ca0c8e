using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.People;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Notifications;

/// <summary>One person to tell, and what.</summary>
public sealed record PersonNotice(string Subject, NotificationNotice Notice);

/// <summary>
/// Who an organisation's committed events notify, and of what: pure, decided on the state the events led to. The same
/// rule serves one change and, at activation, every change after the outbox's delivered mark, so a notice lost in a
/// crash is told again; a notification's id is made from what caused it (<see cref="NotificationIds.For"/>), so
/// telling it again never makes a second.
/// </summary>
public static class NotificationFanOut
{
    /// <summary>
    /// A charity's: each inbox item (what a funder did) and each participant's answer to its members; a member who
    /// joined to the other members. Nothing else of the charity reaches anyone else here (a funder is never told of
    /// evidence it cannot see).
    /// </summary>
    public static IReadOnlyList<PersonNotice> FromCharity(CharityState state, IEnumerable<CharityEvent> events, DateTimeOffset at)
    {
        List<PersonNotice> notices = [];
        var org = Uri.EscapeDataString(state.OrgId);
        foreach (var change in events)
        {
            switch (change)
            {
                case InboxItemReceived e:
                    var says = Say("{0} to {1}: {2}.", e.FunderName, state.Name, Words(e.Kind));
                    notices.AddRange(ToMembers(state, except: null, new NotificationNotice(
                        NotificationIds.For(state.OrgId, $"inbox/{e.ItemId}"), KindOf(e.Kind), at, e.Title, says.English, e.Link, e.TitlePhrase, says)));
                    break;
                case AttestationAnswered e when state.FindEvidence(e.EvidenceId) is { } evidence:
                    notices.AddRange(ToMembers(state, except: null, NotificationNotice.Of(
                        NotificationIds.For(state.OrgId, $"attestation/{e.EvidenceId}/{e.TokenHash}"), NotificationKind.AttestationAnswered, at,
                        Say("A participant answered about “{0}”", InboxLinks.Snippet(evidence.Title)),
                        Say("A participant answered {0}'s request to confirm evidence.", state.Name),
                        $"/charities/{org}/evidence/{Uri.EscapeDataString(e.EvidenceId)}")));
                    break;
                case MemberRoleGranted e when state.RoleOf(e.Subject) is not null:
                    notices.AddRange(MemberJoined(state, e.Subject, at, $"/charities/{org}/members"));
                    break;
            }
        }
        return notices;
    }

    /// <summary>
    /// What a charity's events tell funders' members, each through its funder's grain (the charity holds the facts, the
    /// funder knows its members): a share made with the funder (<see cref="NotificationKind.ShareGranted"/>), and the
    /// funder's pledge accepted or declined (<see cref="NotificationKind.PledgeAnswered"/>). Only what concerns that funder.
    /// </summary>
    public static IReadOnlyList<MembersNotice> FromCharityToFunders(CharityState state, IEnumerable<CharityEvent> events, DateTimeOffset at)
    {
        List<MembersNotice> notices = [];
        var org = Uri.EscapeDataString(state.OrgId);
        foreach (var change in events)
        {
            switch (change)
            {
                case SharedWithFunder e when state.FindShare(e.ShareId) is { RevokedAt: null } share:
                    var what = CharityDueDates.ScopeWords(share.Scope);
                    notices.Add(new MembersNotice(PlaceKind.Funder, share.FunderOrgId, NotificationNotice.Of(
                        NotificationIds.For(state.OrgId, $"share-granted/{share.Id}"), NotificationKind.ShareGranted, at,
                        Say("{0} shares its {1} with you", state.Name, what),
                        share.ExpiresAt is { } end
                            ? Say("{0} shares its {1} with you until {2}.", state.Name, what, NotificationWords.DayOf(end))
                            : Say("{0} shares its {1} with you.", state.Name, what),
                        $"/funders/{Uri.EscapeDataString(share.FunderOrgId)}/charities/{org}")));
                    break;
                case PledgeAccepted e:
                    notices.AddRange(PledgeAnswered(state, e.LineId, e.PledgeId, accepted: true, at));
                    break;
                case PledgeDeclined e:
                    notices.AddRange(PledgeAnswered(state, e.LineId, e.PledgeId, accepted: false, at));
                    break;
            }
        }
        return notices;
    }

    /// <summary>The pledging funder's members, told the charity's answer (nothing when the pledge is not found).</summary>
    private static IEnumerable<MembersNotice> PledgeAnswered(CharityState state, string lineId, string pledgeId, bool accepted, DateTimeOffset at)
    {
        if (state.FindLineEvenWithdrawn(lineId) is not { } line || line.FindPledge(pledgeId) is not { } pledge)
            yield break;
        var amount = ResourcingTotals.Pounds(pledge.AmountPence);
        var towards = InboxLinks.Snippet(line.Terms.Description);
        yield return new MembersNotice(PlaceKind.Funder, pledge.FunderOrgId, NotificationNotice.Of(
            NotificationIds.For(state.OrgId, $"pledge-answered/{pledge.Id}"), NotificationKind.PledgeAnswered, at,
            accepted ? Say("{0} accepted your pledge of {1}", state.Name, amount) : Say("{0} declined your pledge of {1}", state.Name, amount),
            accepted
                ? Say("{0} accepted your pledge of {1} towards “{2}”.", state.Name, amount, towards)
                : Say("{0} declined your pledge of {1} towards “{2}”.", state.Name, amount, towards),
            $"/funders/{Uri.EscapeDataString(pledge.FunderOrgId)}/charities/{Uri.EscapeDataString(state.OrgId)}"));
    }

    /// <summary>A funder's: each reply from a charity to its feedback, and a member who joined, to its members.</summary>
    public static IReadOnlyList<PersonNotice> FromFunder(FunderState state, IEnumerable<FunderEvent> events, DateTimeOffset at)
    {
        List<PersonNotice> notices = [];
        var org = Uri.EscapeDataString(state.OrgId);
        foreach (var change in events)
        {
            switch (change)
            {
                case FeedbackReplyReceived e when state.FindFeedback(e.FeedbackId) is { } feedback:
                    var charity = state.Grants.Find(g => g.CharityOrgId == feedback.CharityOrgId)?.CharityName ?? feedback.CharityOrgId;
                    notices.AddRange(ToMembers(state, except: null, NotificationNotice.Of(
                        NotificationIds.For(state.OrgId, $"feedback-reply/{e.FeedbackId}/{e.ReplyId}"), NotificationKind.FeedbackReplied, at,
                        Say("{0} replied: “{1}”", charity, InboxLinks.Snippet(e.Text)),
                        feedback.Kind == FeedbackKind.SupportOffer
                            ? Say("{0} replied to {1}'s offer of support.", charity, state.Name)
                            : Say("{0} replied to {1}'s feedback.", charity, state.Name),
                        $"/funders/{org}/feedback")));
                    break;
                case FunderMemberRoleGranted e when state.RoleOf(e.Subject) is not null:
                    notices.AddRange(MemberJoined(state, e.Subject, at, $"/funders/{org}"));
                    break;
            }
        }
        return notices;
    }

    /// <summary>
    /// The other members, once per person joining (the id is made from who joined, so a later change of their role is
    /// not news again).
    /// </summary>
    private static IEnumerable<PersonNotice> MemberJoined<TEvent>(OrganisationState<TEvent> state, string subject, DateTimeOffset at, string link)
        where TEvent : class, IOrganisationHistory<TEvent> =>
        ToMembers(state, except: subject, NotificationNotice.Of(
            NotificationIds.For(state.OrgId, $"member-joined/{subject}"), NotificationKind.MemberJoined, at,
            Say("Someone joined {0}", state.Name), Say("{0} is now a member of {1}.", subject, state.Name), link));

    /// <summary>Every member but <paramref name="except"/>, each told <paramref name="notice"/>.</summary>
    public static IEnumerable<PersonNotice> ToMembers<TEvent>(OrganisationState<TEvent> state, string? except, NotificationNotice notice)
        where TEvent : class, IOrganisationHistory<TEvent> =>
        state.Members.Keys.Where(s => s != except && state.RoleOf(s) is not null).Order(StringComparer.Ordinal).Select(s => new PersonNotice(s, notice));

    /// <summary>An inbox item's kind is a notification kind of the same name.</summary>
    public static NotificationKind KindOf(InboxItemKind kind) => Enum.Parse<NotificationKind>(kind.ToString());

    private static Phrase Words(InboxItemKind kind) => kind switch
    {
        InboxItemKind.FeedbackGiven => Say("feedback"),
        InboxItemKind.SupportOffered => Say("an offer of support"),
        InboxItemKind.PledgeOffered => Say("a pledge offered"),
        InboxItemKind.PledgeWithdrawn => Say("a pledge withdrawn"),
        InboxItemKind.GrantRecorded => Say("a grant recorded"),
        InboxItemKind.ReportAcknowledged => Say("a report acknowledged"),
        InboxItemKind.ApplicationDiscarded => Say("a draft application discarded when scoring started"),
        _ => new Phrase(kind.ToString(), []),
    };
}

/// <summary>Notification ids: 32 hex digits from the organisation and what caused it, the same every time it is told.</summary>
public static class NotificationIds
{
    public static string For(string sourceOwner, string source) => Ids.For("notification", $"{sourceOwner}\n{source}");
}
