using FunderPortal.Common;
using FunderPortal.Funders;
using static FunderPortal.Domain.Tests.Funders.FunderStates;

namespace FunderPortal.Domain.Tests.Funders;

/// <summary>Which grants a funder notes with their charities: those its events recorded, never all it ever made.</summary>
public sealed class FunderNoticesTests
{
    [Fact]
    public void OnlyTheGrantsTheseEventsRecordedAreNoted()
    {
        var state = Registered()
            .With(s => FunderDecisions.RecordGrant(s, "1", Grant(charityOrgId: "GB-CHC-1000001"), Today));
        var later = FunderDecisions.RecordGrant(state, "2", Grant(charityOrgId: "GB-CHC-1000002"), Today);
        foreach (var e in later)
            state.Apply(e, T0);

        Assert.Equal(["2"], FunderNotices.GrantNotesOwed(state, later).Select(g => g.Id));
        Assert.Equal(["1", "2"], FunderNotices.GrantNotesOwed(state, []).Concat(FunderNotices.GrantNotes(state.Grants)).Select(g => g.Id));
    }

    [Fact]
    public void EventsThatRecordNoGrantOweNoNote()
    {
        var state = Registered().With(s => FunderDecisions.RecordGrant(s, "1", Grant(), Today));
        var member = Memberships.Grant(state, "bob", MemberRole.Viewer);
        foreach (var e in member)
            state.Apply(e, T0);

        Assert.Empty(FunderNotices.GrantNotesOwed(state, member));
    }
}
