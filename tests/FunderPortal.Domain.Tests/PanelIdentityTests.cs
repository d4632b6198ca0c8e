using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Funders;
using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests;

/// <summary>A panellist-only identity ends with its round: it may not found or join an organisation.</summary>
public class PanelIdentityTests
{
    private static readonly string Panellist = PanelSubjects.For("r1", "p1");

    [Fact]
    public void APanellistOnlyIdentityCannotRegisterACharityOrAFunder()
    {
        Assert.Throws<ForbiddenException>(() => CharityDecisions.Register(new CharityState(), Charities.OrgId,
            new RegisterCharity(Charities.OrgId, "Hope Street", SizeBand.Small, [], [], null), Panellist));
        Assert.Throws<ForbiddenException>(() => FunderDecisions.Register(new FunderState(), FunderStates.OrgId,
            new RegisterFunder(FunderStates.OrgId, "Hope Trust", FunderType.Trust, null), Panellist));
    }

    [Fact]
    public void APanellistOnlyIdentityCannotJoinACharityByLink()
    {
        var state = Charities.Registered().With(s => CharityDecisions.Invite(s, "i1", "hash", MemberRole.Viewer, Charities.T0));

        Assert.Throws<ForbiddenException>(() => CharityDecisions.AcceptInvitation(state, "hash", Panellist, Charities.T0));
        Assert.NotEmpty(CharityDecisions.AcceptInvitation(state, "hash", "bob", Charities.T0));
    }
}
