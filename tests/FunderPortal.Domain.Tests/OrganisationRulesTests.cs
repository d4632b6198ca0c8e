using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests;

/// <summary>The rules charities and funders share are written once: each says its own name in what it tells people.</summary>
public sealed class OrganisationRulesTests
{
    [Fact]
    public void ARoleAnsweredByAnotherGrainIsCheckedTheSameWay()
    {
        var viewer = Assert.Throws<ForbiddenException>(() => OrganisationAccess.RequireEditor(MemberRole.Viewer, FunderEvent.Organisation, "create a round"));
        var stranger = Assert.Throws<NotFoundException>(() => OrganisationAccess.RequireMember(null, CharityEvent.Organisation));

        Assert.Equal("Only the funder's editors can create a round; you are a viewer.", viewer.Message);
        Assert.Equal("No such charity, or you are not one of its members.", stranger.Message);
        OrganisationAccess.RequireEditor(MemberRole.Editor, FunderEvent.Organisation);
    }

    [Fact]
    public void MembershipsAreRecordedInEachOrganisationsOwnWords()
    {
        var charity = Charities.Registered();
        var funder = FunderStates.Registered();

        Assert.IsType<MemberRoleGranted>(Assert.Single(Memberships.Grant(charity, "bob", MemberRole.Viewer)));
        Assert.IsType<FunderMemberRoleGranted>(Assert.Single(Memberships.Grant(funder, "bob", MemberRole.Viewer)));
        Assert.Equal("A funder needs at least one editor: add another editor first.",
            Assert.Throws<ConflictException>(() => Memberships.Remove(funder, funder.Members.Single().Key)).Message);
    }

    [Fact]
    public void ARegistrationIsRefusedTwiceInTheOrganisationsOwnWords()
    {
        var again = Assert.Throws<ConflictException>(() =>
            Registrations.Decide(FunderStates.Registered(), FunderStates.OrgId, FunderStates.OrgId, "Again", "bob", _ => { }, () => null!));
        var elsewhere = Assert.Throws<DomainValidationException>(() =>
            Registrations.Decide(new CharityState(), "GB-CHC-1111111", "GB-CHC-2222222", "Hope", "alice", _ => { }, () => null!));

        Assert.Equal($"Funder '{FunderStates.OrgId}' is already registered.", again.Message);
        Assert.Equal(["Does not match the charity addressed."], elsewhere.Errors["orgId"]);
    }

    [Fact]
    public void ARoundIsListedWithItsFunderOnce()
    {
        var state = FunderStates.Registered().With(s => FunderDecisions.ListRound(s, "r1", "Round one"));

        Assert.Empty(FunderDecisions.ListRound(state, "r1", "Round one"));
        Assert.Single(FunderDecisions.ListRound(state, "r2", "Round two"));
        Assert.Equal(["r1"], state.Rounds.Select(r => r.RoundId));
    }
}
