using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public class CharityDecisionsTests
{
    private const string Key = "GB-CHC-1234567";
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static RegisterCharity Registration(string orgId = Key, string name = "Hope Street") =>
        new(orgId, name, SizeBand.Small, ["Leeds"], ["Homelessness"], "Nothing about us without us.");

    private static CharityState Fold(params IEnumerable<CharityEvent>[] batches)
    {
        var state = new CharityState();
        foreach (var e in batches.SelectMany(b => b))
            state.Apply(e, T0);
        return state;
    }

    private static CharityState Registered() => Fold(CharityDecisions.Register(new CharityState(), Key, Registration(), "alice"));

    [Fact]
    public void RegisteringMakesTheRegistrantItsEditor()
    {
        var state = Registered();

        Assert.True(state.IsRegistered);
        Assert.Equal("Hope Street", state.Name);
        Assert.Equal(MemberRole.Editor, state.Members["alice"]);
        Assert.Equal(2, state.Version);
        Assert.Equal(T0, state.RegisteredAt);
    }

    [Fact]
    public void RegisteringTwiceIsAConflict() =>
        Assert.Throws<ConflictException>(() => CharityDecisions.Register(Registered(), Key, Registration(), "bob"));

    [Fact]
    public void InvalidRegistrationNamesEveryBadField()
    {
        var bad = new RegisterCharity("nope", " ", (SizeBand)42, [new string('a', 101)], [], new string('x', Limits.LongText + 1));

        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.Register(new CharityState(), "nope", bad, "alice"));

        Assert.Equal(["areas[0]", "coProductionMeaning", "name", "orgId", "sizeBand"], error.Errors.Keys.Order());
    }

    [Fact]
    public void AnOrgIdDifferentFromTheGrainKeyIsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.Register(new CharityState(), "GB-CHC-7654321", Registration(), "alice"));
        Assert.Contains("orgId", error.Errors.Keys);
    }

    [Fact]
    public void ChangingTheProfileRecordsOnlyWhatChanged()
    {
        var state = Registered();

        var events = CharityDecisions.ChangeProfile(state, new ChangeCharityProfile("Hope Street", SizeBand.Medium, null, null, ""));

        var change = Assert.IsType<CharityProfileChanged>(Assert.Single(events));
        Assert.Null(change.Name);
        Assert.Equal(SizeBand.Medium, change.SizeBand);
        Assert.Equal("", change.CoProductionMeaning);
        state.Apply(change, T0);
        Assert.Null(state.CoProductionMeaning);
        Assert.Equal(SizeBand.Medium, state.SizeBand);
        Assert.Equal("Hope Street", state.Name);
    }

    [Fact]
    public void AChangeThatChangesNothingRecordsNothing() =>
        Assert.Empty(CharityDecisions.ChangeProfile(Registered(), new ChangeCharityProfile("Hope Street", SizeBand.Small, ["Leeds"], null, null)));

    [Fact]
    public void TheLastEditorCannotBeDemotedOrRemoved()
    {
        var state = Registered();

        Assert.Throws<ConflictException>(() => Memberships.Grant(state, "alice", MemberRole.Viewer));
        Assert.Throws<ConflictException>(() => Memberships.Remove(state, "alice"));
    }

    [Fact]
    public void AnotherEditorMakesDemotionPossible()
    {
        var state = Registered();
        foreach (var e in Memberships.Grant(state, "bob", MemberRole.Editor))
            state.Apply(e, T0);

        var events = Memberships.Grant(state, "alice", MemberRole.Viewer);

        Assert.Equal(new MemberRoleGranted("alice", MemberRole.Viewer), Assert.Single(events));
    }

    [Fact]
    public void WorkstreamsStartWithEveryActivityUnset()
    {
        var state = Registered();
        foreach (var e in CharityDecisions.StartWorkstream(state, "w1", new StartWorkstream("  Peer support  ", "Why", null, " ")))
            state.Apply(e, T0);

        var view = state.FindWorkstream("w1")!.ToView(state);

        Assert.Equal("Peer support", view.Title);
        Assert.Null(view.WhatEveryoneWalksAwayWith);
        Assert.Equal(Enum.GetValues<ActivityKind>(), view.Rungs.Keys.Order());
        Assert.All(view.Rungs.Values, r => Assert.Equal(RungPair.Unset, r));
    }

    [Fact]
    public void SettingRungsRecordsCurrentAndTarget()
    {
        var state = Registered();
        foreach (var e in CharityDecisions.StartWorkstream(state, "w1", new StartWorkstream("Peer support", null, null, null)))
            state.Apply(e, T0);

        var events = CharityDecisions.SetRungs(state, "w1", ActivityKind.CoDecision, new RungPair(LadderRung.Consultation, LadderRung.CoProduction));
        foreach (var e in events)
            state.Apply(e, T0);

        Assert.Equal(new RungPair(LadderRung.Consultation, LadderRung.CoProduction), state.FindWorkstream("w1")!.RungsFor(ActivityKind.CoDecision));
        Assert.Empty(CharityDecisions.SetRungs(state, "w1", ActivityKind.CoDecision, new RungPair(LadderRung.Consultation, LadderRung.CoProduction)));
    }

    [Fact]
    public void UnknownWorkstreamsAreNotFound() =>
        Assert.Throws<NotFoundException>(() => CharityDecisions.SetRungs(Registered(), "nope", ActivityKind.CoDesign, RungPair.Unset));

    [Fact]
    public void OutOfRangeRungsAreInvalid()
    {
        var state = Registered();
        foreach (var e in CharityDecisions.StartWorkstream(state, "w1", new StartWorkstream("Peer support", null, null, null)))
            state.Apply(e, T0);

        var error = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.SetRungs(state, "w1", ActivityKind.CoDesign, new RungPair((LadderRung)99, null)));
        Assert.Equal(["current"], error.Errors.Keys);
    }

    [Fact]
    public void NonMembersAreToldNothingExistsAndViewersCannotWrite()
    {
        var state = Registered();
        foreach (var e in Memberships.Grant(state, "victor", MemberRole.Viewer))
            state.Apply(e, T0);

        Assert.Throws<NotFoundException>(() => OrganisationAccess.RequireMember(state, "mallory"));
        Assert.Throws<NotFoundException>(() => OrganisationAccess.RequireMember(new CharityState(), "alice"));
        Assert.Equal(MemberRole.Viewer, OrganisationAccess.RequireMember(state, "victor"));
        Assert.Throws<ForbiddenException>(() => OrganisationAccess.RequireEditor(state, "victor"));
        OrganisationAccess.RequireEditor(state, "alice");
    }
}
