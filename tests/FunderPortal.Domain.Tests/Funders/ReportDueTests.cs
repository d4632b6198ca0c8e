using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Notifications;
using FunderPortal.People;
using static FunderPortal.Domain.Tests.Funders.FunderStates;

namespace FunderPortal.Domain.Tests.Funders;

/// <summary>
/// A grant's report falls due on each anniversary of its start for every year it ran in: the funder's members are told
/// (linked to its report), and so are the charity's (through the charity's grain, linked to the charity's copy). Once each.
/// </summary>
public class ReportDueTests
{
    private const string Charity = "GB-CHC-1234567";

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static FunderState WithGrant(DateOnly start, DateOnly end, DateTimeOffset? recordedAt = null)
    {
        var state = Registered();
        state.Apply(new FunderMemberRoleGranted("victor", MemberRole.Viewer), T0);
        return state.With(s => FunderDecisions.RecordGrant(s, "g1", Grant(start: start, end: end, charityOrgId: Charity), Today), recordedAt);
    }

    [Fact]
    public void EachAnniversaryOfAYearTheGrantRanInIsDueToTheFundersAndTheCharitysMembers()
    {
        var state = WithGrant(new DateOnly(2026, 2, 1), new DateOnly(2027, 7, 31)); // eighteen months: two reports

        var due = FunderDueDates.Of(state);

        Assert.Equal([Midnight(new(2027, 2, 1)), Midnight(new(2027, 2, 1)), Midnight(new(2028, 2, 1)), Midnight(new(2028, 2, 1))], due.Select(d => d.At));
        Assert.All(due, d => Assert.Equal(NotificationKind.ReportDue, d.Notice.Kind));
        var toFunder = FunderDueDates.Owed(state, null, Midnight(new(2027, 2, 1)));
        Assert.Equal(["alice", "victor"], toFunder.Select(n => n.Subject));
        Assert.Equal($"/funders/{FunderStates.OrgId}/grants/g1/report", toFunder[0].Notice.Link);
        var toCharity = Assert.Single(FunderDueDates.OwedElsewhere(state, null, Midnight(new(2027, 2, 1))));
        Assert.Equal((PlaceKind.Charity, Charity), (toCharity.Place, toCharity.OrgId));
        Assert.Equal($"/charities/{Charity}/grants/{FunderStates.OrgId}/g1/report", toCharity.Notice.Link);
        Assert.Contains("Your journey is the report", toCharity.Notice.Text);
        // One person may belong to both: the two are different notifications, each with its own link.
        Assert.NotEqual(toFunder[0].Notice.Id, toCharity.Notice.Id);
    }

    [Fact]
    public void AOneYearGrantHasOneReportAndNothingIsDueBeforeItsAnniversaryOrAgainAfterItIsTold()
    {
        var state = WithGrant(new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 31));
        var anniversary = Midnight(new(2027, 2, 1));

        Assert.Equal([anniversary], FunderDueDates.Of(state).Select(d => d.At).Distinct());
        Assert.Empty(FunderDueDates.Owed(state, null, anniversary.AddTicks(-1)));
        Assert.Empty(FunderDueDates.Owed(state, anniversary, anniversary.AddDays(400)));
        Assert.Equal(anniversary, FunderDueDates.NextAfter(state, T0));
        Assert.Null(FunderDueDates.NextAfter(state, anniversary));
        Assert.Equal(FunderDueDates.Of(state).Select(d => d.Notice.Id), FunderDueDates.Of(state).Select(d => d.Notice.Id));
    }

    [Fact]
    public void AnAnniversaryPastWhenTheGrantWasRecordedIsNotNews()
    {
        var state = WithGrant(new DateOnly(2023, 2, 1), new DateOnly(2027, 1, 31)); // recorded in January 2026

        Assert.Equal([Midnight(new(2026, 2, 1)), Midnight(new(2027, 2, 1))], FunderDueDates.Of(state).Select(d => d.At).Distinct());
    }

    [Fact]
    public void AGrantToACharityNotOnThePortalTellsOnlyTheFunder()
    {
        var state = Registered();
        state.Apply(new GrantRecorded("g1", "360G-legacy-7", "Old Hall", "Legacy", "Imported", 10_000, new DateOnly(2026, 1, 1),
            new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 31), GrantType.Project, null, [], []), T0);

        Assert.Empty(FunderDueDates.OwedElsewhere(state, null, Midnight(new(2027, 2, 1))));
        Assert.Equal(["alice"], FunderDueDates.Owed(state, null, Midnight(new(2027, 2, 1))).Select(n => n.Subject));
    }
}
