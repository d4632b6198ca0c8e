using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;
using FunderPortal.People;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// What a charity's facts tell whom, beyond its inbox: links to confirm evidence about to expire (its members only, never
/// naming the participant), shares made, about to end and ended, and pledges answered (that funder's members only, through
/// its grain). Each once, however often worked out.
/// </summary>
public class CharityNotificationKindsTests
{
    private const string Funder = "GB-CHC-7000001";
    private const string OtherFunder = "GB-CHC-7000002";

    private static CharityState WithMembers()
    {
        var state = WithWorkstream();
        state.Apply(new MemberRoleGranted("bob", MemberRole.Viewer), T0);
        return state;
    }

    private static CharityState WithEvidence(CharityState state) => state.With(s => CharityDecisions.RecordEvidence(s, "e1",
        new EvidenceInput(EvidenceKind.MeetingNote, "Members chose the new worker", null, "w1", null, null, null, null, Visibility.SharedWithFunders,
            Sensitivity.Standard, new Consent(ConsentScope.SharedWithFunders, null), null), Today));

    private static CharityState Asked(CharityState state, DateTimeOffset at, DateTimeOffset expiresAt, params string[] participants) =>
        state.With(s => CharityDecisions.RequestAttestations(s, "e1", participants, [.. participants.Select(p => $"hash-{p}-{expiresAt.Ticks}")], expiresAt), at);

    private static CharityState Shared(CharityState state, string id, string funder, DateTimeOffset? expiresAt, DateTimeOffset at, params ShareScope[] scope) =>
        state.With(s => CharityDecisions.Share(s, id, funder, scope.Length == 0 ? [ShareScope.Journey] : scope, expiresAt, at), at);

    [Fact]
    public void AnUnansweredLinkIsToldToTheMembersTwoDaysBeforeItExpiresOnceAndNeverNamesTheParticipant()
    {
        var expires = T0.AddDays(30);
        var state = Asked(WithEvidence(WithMembers()), T0, expires, "p-river", "p-oak");
        var due = expires.AddDays(-CharityDueDates.AttestationDaysBefore);

        Assert.DoesNotContain(CharityDueDates.Owed(state, null, due.AddTicks(-1)), n => n.Notice.Kind == NotificationKind.AttestationLinkExpiring);
        var told = CharityDueDates.Owed(state, null, due).Where(n => n.Notice.Kind == NotificationKind.AttestationLinkExpiring).ToList();

        Assert.Equal(["alice", "bob"], told.Select(n => n.Subject));
        var notice = told[0].Notice;
        Assert.Equal(($"/charities/{Charities.OrgId}/evidence/e1", due), (notice.Link, notice.At));
        Assert.Contains("2 participants", notice.Text);
        Assert.DoesNotContain("p-river", notice.Title + notice.Text);
        Assert.DoesNotContain("p-oak", notice.Title + notice.Text);
        // Told at this wake: the next window holds nothing more of it, and worked out again it is the same notification.
        Assert.DoesNotContain(CharityDueDates.Owed(state, due, due.AddDays(1)), n => n.Notice.Kind == NotificationKind.AttestationLinkExpiring);
        Assert.Equal(notice.Id, CharityDueDates.Owed(state, null, due.AddDays(1)).First(n => n.Notice.Kind == NotificationKind.AttestationLinkExpiring).Notice.Id);
        // A funder is never told of a charity's evidence.
        Assert.Empty(CharityDueDates.OwedElsewhere(state, null, expires.AddDays(1)));
    }

    [Fact]
    public void AnsweredLinksAreNotToldAndALinkAskedAgainIsToldByItsNewExpiry()
    {
        var expires = T0.AddDays(30);
        var state = Asked(WithEvidence(WithMembers()), T0, expires, "p-river");
        state.With(s => CharityDecisions.AnswerAttestation(s, $"hash-p-river-{expires.Ticks}", AttestationStance.Agree, null, T0.AddDays(1)), T0.AddDays(1));
        Assert.DoesNotContain(CharityDueDates.Of(state), d => d.Notice.Kind == NotificationKind.AttestationLinkExpiring);

        var second = Asked(WithEvidence(WithMembers()), T0, expires, "p-oak");
        var firstId = CharityDueDates.Of(second).Single(d => d.Notice.Kind == NotificationKind.AttestationLinkExpiring).Notice.Id;
        second = Asked(second, T0.AddDays(10), T0.AddDays(40), "p-oak"); // a new link replaces the unanswered one
        var again = CharityDueDates.Of(second).Single(d => d.Notice.Kind == NotificationKind.AttestationLinkExpiring);
        Assert.NotEqual(firstId, again.Notice.Id);
        Assert.Equal(T0.AddDays(38), again.At);
        Assert.Contains("A participant", again.Notice.Text);
    }

    [Fact]
    public void UnansweredCheckInLinksAreToldBeforeTheyExpireAndAnsweredOnesAreNot()
    {
        var expires = T0.AddDays(30);
        var state = WithMembers().With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn(Today.AddDays(-1)), Today), T0);
        state.With(s => CharityDecisions.MakeParticipantCheckInLinks(s, "c1", ["p-river", "p-oak"], [], ["h1", "h2"], expires), T0);
        state.With(s => CharityDecisions.AnswerParticipantCheckIn(s, "h1", new VoiceInput(
            Enum.GetValues<Principle>().ToDictionary(p => p, _ => (int?)4), [], null, null, false), T0.AddDays(1)), T0.AddDays(1));

        var told = CharityDueDates.Of(state).Single(d => d.Notice.Kind == NotificationKind.AttestationLinkExpiring);

        Assert.Equal((expires.AddDays(-CharityDueDates.AttestationDaysBefore), $"/charities/{Charities.OrgId}/check-ins/c1"), (told.At, told.Notice.Link));
        Assert.Contains("A participant asked to rate this check-in", told.Notice.Text);
        Assert.DoesNotContain("p-oak", told.Notice.Title + told.Notice.Text);
    }

    [Fact]
    public void AShareMadeTellsThatFundersMembersOnlyThroughItsGrain()
    {
        var state = Shared(WithMembers(), "s1", Funder, T0.AddDays(60), T0, ShareScope.Journey, ShareScope.Resourcing);
        var made = state.Shares[0];

        var told = Assert.Single(NotificationFanOut.FromCharityToFunders(state, [new SharedWithFunder("s1", Funder, made.Scope, made.ExpiresAt)], T0));

        Assert.Equal((PlaceKind.Funder, Funder, NotificationKind.ShareGranted), (told.Place, told.OrgId, told.Notice.Kind));
        Assert.Equal($"/funders/{Funder}/charities/{Charities.OrgId}", told.Notice.Link);
        Assert.Equal("Hope Street shares its journey and resourcing plan with you", told.Notice.Title);
        Assert.Contains("until 6 March 2026", told.Notice.Text);
        // The charity's own members are not told of their own share.
        Assert.Empty(NotificationFanOut.FromCharity(state, [new SharedWithFunder("s1", Funder, made.Scope, made.ExpiresAt)], T0));
        // Worked out again (at activation), it is the same notification.
        Assert.Equal(told.Notice.Id, NotificationFanOut.FromCharityToFunders(state, [new SharedWithFunder("s1", Funder, made.Scope, made.ExpiresAt)], T0.AddDays(1))[0].Notice.Id);
    }

    [Fact]
    public void AShareAboutToEndAndEndedIsToldToItsFunderSevenDaysBeforeAndOnTheDayEachOnce()
    {
        var end = T0.AddDays(60);
        var state = Shared(Shared(WithMembers(), "s1", Funder, end, T0), "s2", OtherFunder, null, T0);
        var soon = end.AddDays(-CharityDueDates.ShareDaysBefore);

        Assert.Empty(CharityDueDates.OwedElsewhere(state, null, soon.AddTicks(-1)));
        var expiring = Assert.Single(CharityDueDates.OwedElsewhere(state, null, soon));
        Assert.Equal((Funder, NotificationKind.ShareExpiring, soon), (expiring.OrgId, expiring.Notice.Kind, expiring.Notice.At));
        var expired = Assert.Single(CharityDueDates.OwedElsewhere(state, soon, end));
        Assert.Equal((Funder, NotificationKind.ShareExpired, $"/funders/{Funder}"), (expired.OrgId, expired.Notice.Kind, expired.Notice.Link));
        Assert.Empty(CharityDueDates.OwedElsewhere(state, end, end.AddDays(30)));
        // Only the funder is told: the charity's members hear nothing of it.
        Assert.DoesNotContain(CharityDueDates.Owed(state, null, end), n => n.Notice.Kind is NotificationKind.ShareExpiring or NotificationKind.ShareExpired);
        Assert.Equal(end, CharityDueDates.Of(state).Where(d => d.To is not null).Max(d => d.At));
    }

    [Fact]
    public void AShareStoppedFirstIsNotToldToEnd()
    {
        var end = T0.AddDays(60);
        var stopped = Shared(WithMembers(), "s1", Funder, end, T0).With(s => CharityDecisions.RevokeShare(s, "s1"), T0.AddDays(10));
        Assert.Empty(CharityDueDates.OwedElsewhere(stopped, null, end.AddDays(1)));

        // Stopped after it was told it would end: what was told stays told, and its end is not told.
        var late = Shared(WithMembers(), "s1", Funder, end, T0).With(s => CharityDecisions.RevokeShare(s, "s1"), end.AddDays(-1));
        Assert.Equal([NotificationKind.ShareExpiring], CharityDueDates.OwedElsewhere(late, null, end.AddDays(1)).Select(n => n.Notice.Kind));

        // A share made for less than the notice's lead is told only when it ends.
        var brief = Shared(WithMembers(), "s1", Funder, T0.AddDays(3), T0);
        Assert.Equal([NotificationKind.ShareExpired], CharityDueDates.OwedElsewhere(brief, null, T0.AddDays(4)).Select(n => n.Notice.Kind));
    }

    [Fact]
    public void APledgeAcceptedOrDeclinedIsToldToThePledgingFundersMembersOnly()
    {
        var state = WithMembers().WithLine("l1", ResourcingLines.Line()).WithPledge("l1", "pl1", 50_000).WithPledge("l1", "pl2", 20_000, OtherFunder);
        var accepted = new PledgeAccepted("l1", "pl1");
        var declined = new PledgeDeclined("l1", "pl2");
        state.Apply(accepted, T0);
        state.Apply(declined, T0);

        var told = NotificationFanOut.FromCharityToFunders(state, [accepted, declined], T0);

        Assert.Equal([(Funder, "Hope Street accepted your pledge of £500.00"), (OtherFunder, "Hope Street declined your pledge of £200.00")],
            told.Select(n => (n.OrgId, n.Notice.Title)));
        Assert.All(told, n => Assert.Equal((PlaceKind.Funder, NotificationKind.PledgeAnswered), (n.Place, n.Notice.Kind)));
        Assert.Equal($"/funders/{Funder}/charities/{Charities.OrgId}", told[0].Notice.Link);
        Assert.Empty(NotificationFanOut.FromCharity(state, [accepted, declined], T0));
        Assert.Equal(told.Select(n => n.Notice.Id), NotificationFanOut.FromCharityToFunders(state, [accepted, declined], T0.AddHours(1)).Select(n => n.Notice.Id));
    }
}
