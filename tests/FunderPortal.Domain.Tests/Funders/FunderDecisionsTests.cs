using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class FunderDecisionsTests
{
    [Fact]
    public void TheRegistrantBecomesTheOnlyEditor()
    {
        var state = FunderStates.Registered();

        Assert.True(state.IsRegistered);
        Assert.Equal(("Hope Trust", FunderType.Trust, "360G-hopetrust"), (state.Name, state.FunderType, state.GrantIdPrefix));
        Assert.Equal(MemberRole.Editor, Assert.Single(state.Members).Value);
        Assert.Equal(2, state.Version);
    }

    [Fact]
    public void RegisteringTwiceIsAConflict() =>
        Assert.Throws<ConflictException>(() => FunderDecisions.Register(FunderStates.Registered(), FunderStates.OrgId,
            new RegisterFunder(FunderStates.OrgId, "Again", null, null), "bob"));

    [Theory]
    [InlineData("GB-CHC-7654321", "", null, "name")]
    [InlineData("not-an-org-id", "Hope Trust", null, "orgId")]
    [InlineData("GB-CHC-1", "Hope Trust", null, "orgId")]
    [InlineData("GB-CHC-7654321", "Hope Trust", "hopetrust", "grantIdPrefix")]
    [InlineData("GB-CHC-7654321", "Hope Trust", "360G-hope trust", "grantIdPrefix")]
    public void InvalidRegistrationsNameTheField(string orgId, string name, string? prefix, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            FunderDecisions.Register(new FunderState(), FunderStates.OrgId, new RegisterFunder(orgId, name, null, prefix), "alice"));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public void AnUnknownFunderTypeIsInvalid()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            FunderDecisions.Register(new FunderState(), FunderStates.OrgId, new RegisterFunder(FunderStates.OrgId, "x", (FunderType)42, null), "alice"));

        Assert.Equal(["funderType"], error.Errors.Keys);
    }

    [Fact]
    public void AProfileChangeRecordsOnlyWhatChangedAndAnEmptyPrefixClearsIt()
    {
        var state = FunderStates.Registered();

        var same = FunderDecisions.ChangeProfile(state, new ChangeFunderProfile("Hope Trust", FunderType.Trust, "360G-hopetrust"));
        var change = Assert.Single(FunderDecisions.ChangeProfile(state, new ChangeFunderProfile(null, FunderType.Foundation, "")));
        state.Apply(change, FunderStates.T0);

        Assert.Empty(same);
        Assert.Equal(new FunderProfileChanged(null, FunderType.Foundation, ""), change);
        Assert.Null(state.GrantIdPrefix);
        Assert.Equal(FunderType.Foundation, state.FunderType);
    }

    [Fact]
    public void TheLastEditorCanNeitherLeaveNorBecomeAViewer()
    {
        var state = FunderStates.Registered();

        Assert.Throws<ConflictException>(() => Memberships.Remove(state, "alice"));
        Assert.Throws<ConflictException>(() => Memberships.Grant(state, "alice", MemberRole.Viewer));
        state.With(s => Memberships.Grant(s, "bob", MemberRole.Editor));
        Assert.Single(Memberships.Remove(state, "alice"));
        Assert.Throws<NotFoundException>(() => Memberships.Remove(state, "nobody"));
    }

    [Fact]
    public void ProgrammesAreAddedAndReplaced()
    {
        var state = FunderStates.Registered().With(s => FunderDecisions.AddProgramme(s, "p1", new ProgrammeDetails(" Growing Voices ", null)));

        state.With(s => FunderDecisions.ChangeProgramme(s, "p1", new ProgrammeDetails("Growing Voices", "Funding the journey")));

        Assert.Equal(new Programme("p1", "Growing Voices", "Funding the journey"), Assert.Single(state.Programmes));
        Assert.Empty(FunderDecisions.ChangeProgramme(state, "p1", new ProgrammeDetails("Growing Voices", "Funding the journey")));
        Assert.Throws<NotFoundException>(() => FunderDecisions.ChangeProgramme(state, "p2", new ProgrammeDetails("x", null)));
        Assert.Equal(["title"], Assert.Throws<DomainValidationException>(() => FunderDecisions.AddProgramme(state, "p3", new ProgrammeDetails(" ", null))).Errors.Keys);
    }

    [Fact]
    public void FeedbackKeepsWhoGaveItAndNeedsAKindAndWords()
    {
        var state = FunderStates.Registered();

        state.With(s => FunderDecisions.GiveFeedback(s, "f1", new GiveFeedback("GB-CHC-1234567", FeedbackKind.SupportOffer, " Free training room "), "alice"));
        var invalid = Assert.Throws<DomainValidationException>(() =>
            FunderDecisions.GiveFeedback(state, "f2", new GiveFeedback("nope", null, ""), "alice"));

        var item = Assert.Single(state.Feedback);
        Assert.Equal(("GB-CHC-1234567", FeedbackKind.SupportOffer, "Free training room", "alice"), (item.CharityOrgId, item.Kind, item.Text, item.GivenBy));
        Assert.Equal(["charityOrgId", "kind", "text"], invalid.Errors.Keys.Order());
    }
}
