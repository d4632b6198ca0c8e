using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>Whose index of places an organisation's events concern: decided on the state they led to.</summary>
public sealed class MembershipNoticesTests
{
    private static (CharityState State, List<CharityEvent> Events) After(params Func<CharityState, IReadOnlyList<CharityEvent>>[] decisions)
    {
        var state = Registered();
        List<CharityEvent> events = [];
        foreach (var decide in decisions)
        {
            var decided = decide(state);
            foreach (var e in decided)
                state.Apply(e, T0);
            events.AddRange(decided);
        }
        return (state, events);
    }

    [Fact]
    public void AMemberAddedJoinsAndAMemberRemovedLeaves()
    {
        var (state, events) = After(
            s => Memberships.Grant(s, "bob", MemberRole.Viewer),
            s => Memberships.Grant(s, "carol", MemberRole.Editor),
            s => Memberships.Remove(s, "bob"));

        var (joined, left) = MembershipNotices.Owed(state, events);

        Assert.Equal(["carol"], joined);
        Assert.Equal(["bob"], left);
    }

    [Fact]
    public void OverManyChangesTheLastWordCountsWhateverTheOrder()
    {
        var (state, events) = After(
            s => Memberships.Grant(s, "bob", MemberRole.Viewer),
            s => Memberships.Remove(s, "bob"),
            s => Memberships.Grant(s, "bob", MemberRole.Editor));

        Assert.Equal(("bob", ""), Listed(MembershipNotices.Owed(state, events)));
    }

    [Fact]
    public void ANewNameIsToldToEveryMember()
    {
        var (state, events) = After(
            s => Memberships.Grant(s, "bob", MemberRole.Viewer),
            _ => [new CharityProfileChanged("Hope Street North", null, null, null, null)]);

        Assert.Equal(("alice bob", ""), Listed(MembershipNotices.Owed(state, events.Skip(1))));
    }

    [Fact]
    public void ChangesThatTouchNoMembershipConcernNobody()
    {
        var (state, events) = After(s => CharityDecisions.StartWorkstream(s, "w1", new StartWorkstream("Peer support", null, null, null)));

        Assert.Equal(("", ""), Listed(MembershipNotices.Owed(state, events)));
        Assert.Equal(("", ""), Listed(MembershipNotices.Owed(state, [])));
    }

    private static (string Joined, string Left) Listed((IReadOnlyList<string> Joined, IReadOnlyList<string> Left) owed) =>
        (string.Join(' ', owed.Joined), string.Join(' ', owed.Left));
}
