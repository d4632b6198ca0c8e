using System.Globalization;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;
using FunderPortal.Rounds;
using static FunderPortal.Domain.Tests.Charities;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// Notifications in the reader's language (issue 21): a notice keeps its English and the phrase it was made of, and is
/// read in Welsh from Resources/NoticeWords.cy.resx (the Domain's satellite assembly), its dates written in Welsh; one from
/// before it had phrases is read in English by everyone.
/// </summary>
public class WelshNoticeTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Cy = CultureInfo.GetCultureInfo("cy-GB");

    [Fact]
    public void TheWelshIsFoundInTheDomainsSatelliteAssembly()
    {
        Assert.Equal("Mynd ato", Translate("Go to it", Welsh));
        Assert.Equal("Mynd ato", Translate("Go to it", CultureInfo.GetCultureInfo("cy")));
        Assert.Equal("Go to it", Translate("Go to it", English));
        Assert.Equal("Not a key", Translate("Not a key", Welsh));
        Assert.Equal((Welsh, English, English), (CultureOf("cy"), CultureOf("en"), CultureOf(null)));
    }

    [Fact]
    public void ACheckInNoticeReadsInWelshAndInEnglishWithItsDateInEach()
    {
        var state = Registered();
        var due = CheckInSchedule.NextDue(state);
        var notice = CharityDueDates.CheckIns(state)[0].Notice;

        Assert.Equal($"Hope Street's check-in is due on {due.ToString("d MMMM yyyy", En)}", notice.Title);
        Assert.Equal(notice.Title, notice.TitleIn(En));
        Assert.Equal($"Mae adolygiad Hope Street yn ddyledus ar {due.ToString("d MMMM yyyy", Cy)}", notice.TitleIn(Cy));
        Assert.Contains(Cy.DateTimeFormat.GetMonthName(due.Month), notice.TextIn(Cy), StringComparison.Ordinal);
        Assert.StartsWith("Mae adolygiad nesaf Hope Street yn ddyledus ar ", notice.TextIn(Cy), StringComparison.Ordinal);
    }

    [Fact]
    public void WordsInsideWordsAreTranslatedToo()
    {
        var shared = Say("{0} shares its {1} with you", "Hope Street", CharityDueDates.ScopeWords([ShareScope.Evidence, ShareScope.Journey]));

        Assert.Equal("Hope Street shares its journey and evidence with you", shared.English);
        Assert.Equal("Mae Hope Street yn rhannu â chi: taith a thystiolaeth", shared.In(Cy));
        Assert.Equal("Mae “Round one” bellach yn y cam sgorio", Say("“{0}” is now {1}", "Round one", RoundFanOut.PhaseWords(RoundPhase.Scoring)).In(Cy));
    }

    [Fact]
    public void TheCentreListsEachNotificationInTheLanguageOfWhoeverReadsIt()
    {
        var state = new NotificationState();
        var welshAble = NotificationNotice.Of("n1", NotificationKind.MemberJoined, T0, Say("Someone joined {0}", "Hope Street"),
            Say("{0} is now a member of {1}.", "bob", "Hope Street"), "/charities/x/members");
        var older = new NotificationNotice("n2", NotificationKind.MemberJoined, T0, "Someone joined Hope Street", "bob is now a member.", "/charities/x/members");
        foreach (var notice in new[] { welshAble, older })
        {
            foreach (var e in NotificationRules.Receive(state, notice))
                state.Apply(e, T0);
        }

        var welsh = NotificationRules.Page(state, unreadOnly: false, after: null, limit: 10, Cy).Items;
        Assert.Equal([("Mae rhywun wedi ymuno â Hope Street", "Mae bob bellach yn aelod o Hope Street."), ("Someone joined Hope Street", "bob is now a member.")],
            welsh.OrderBy(i => i.Id).Select(i => (i.Title, i.Text)));
        var english = NotificationRules.Page(state, unreadOnly: false, after: null, limit: 10).Items;
        Assert.Equal([("Someone joined Hope Street", "bob is now a member of Hope Street."), ("Someone joined Hope Street", "bob is now a member.")],
            english.OrderBy(i => i.Id).Select(i => (i.Title, i.Text)));
    }

    [Fact]
    public void InHtmlTheValuesAreEncodedAndTheTemplatesOwnMarkupIsKept()
    {
        var join = Say("<a href=\"{0}\">Join the panel</a> (the link works once; you need no account).", "https://portal.example/panel/join/a&b<c>");

        Assert.Equal("<a href=\"https://portal.example/panel/join/a&amp;b&lt;c&gt;\">Ymunwch â'r panel</a> (mae'r ddolen yn gweithio unwaith; nid oes angen cyfrif arnoch).",
            join.HtmlIn(Cy));
        Assert.Equal("<a href=\"https://portal.example/panel/join/a&b<c>\">Join the panel</a> (the link works once; you need no account).", join.English);
    }

    [Fact]
    public void PhrasesAreComparedByWhatTheySay()
    {
        var day = new DateOnly(2026, 3, 2);
        Assert.Equal(Say("Scoring ends on {0}.", day), Say("Scoring ends on {0}.", day));
        Assert.Equal(Say("Scoring ends on {0}.", day).GetHashCode(), Say("Scoring ends on {0}.", day).GetHashCode());
        Assert.NotEqual(Say("Scoring ends on {0}.", day), Say("Scoring ends on {0}.", day.AddDays(1)));
        Assert.Equal("Daw'r sgorio i ben ar 2 Mawrth 2026.", Say("Scoring ends on {0}.", day).In(Cy));
    }
}
