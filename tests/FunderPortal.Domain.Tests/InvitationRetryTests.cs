using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Rounds;
using FunderPortal.Rounds;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// A retry of the request that made a one-time link (its answer, the only place the link was shown, lost) finds the
/// invitation by its id and gives it a new token: the never-shown link stops working, and nothing second is made.
/// </summary>
public sealed class InvitationRetryTests
{
    [Fact]
    public void ARetriedCharityInvitationIsTheSameInvitationWithANewLink()
    {
        var state = Registered()
            .With(s => CharityDecisions.Invite(s, "i1", "first", MemberRole.Editor, T0))
            .With(s => CharityDecisions.Invite(s, "i1", "second", MemberRole.Editor, T0.AddMinutes(1)));

        var invitation = Assert.Single(state.Invitations);
        Assert.Equal(("i1", "second", T0.Add(CharityDecisions.InvitationLifetime)), (invitation.Id, invitation.TokenHash, invitation.ExpiresAt));
        Assert.Throws<NotFoundException>(() => CharityDecisions.AcceptInvitation(state, "first", "bob", T0));
        state = state.With(s => CharityDecisions.AcceptInvitation(s, "second", "bob", T0));
        Assert.Equal(MemberRole.Editor, state.RoleOf("bob"));
    }

    [Fact]
    public void AUsedCharityInvitationIsNotMadeAgain()
    {
        var state = Registered()
            .With(s => CharityDecisions.Invite(s, "i1", "first", MemberRole.Viewer, T0))
            .With(s => CharityDecisions.AcceptInvitation(s, "first", "bob", T0));

        Assert.Throws<ConflictException>(() => CharityDecisions.Invite(state, "i1", "second", MemberRole.Viewer, T0));
    }

    [Fact]
    public void ARetryIsNotRefusedByTheLimitOnOpenInvitations()
    {
        var state = Registered();
        for (var i = 0; i < Limits.MaxParticipantsAsked; i++)
            state = state.With(s => CharityDecisions.Invite(s, $"i{i}", $"hash-{i}", MemberRole.Viewer, T0));

        Assert.Throws<ConflictException>(() => CharityDecisions.Invite(state, "another", "h", MemberRole.Viewer, T0));
        Assert.IsType<InvitationReissued>(Assert.Single(CharityDecisions.Invite(state, "i0", "h", MemberRole.Viewer, T0)));
    }

    [Fact]
    public void ARetriedPanelInvitationIsTheSameInvitationWithANewLink()
    {
        var state = RoundStates.At(RoundPhase.Open)
            .With(s => RoundDecisions.Invite(s, "i3", "first", null))
            .With(s => RoundDecisions.Invite(s, "i3", "second", null));

        Assert.Equal(3, state.Invitations.Count);
        Assert.Equal("second", state.Invitations["i3"].TokenHash);
        Assert.Throws<NotFoundException>(() => RoundDecisions.Accept(state, "first", "p3", null, "t", null));
        state = state.With(s => RoundDecisions.Accept(s, "second", "p3", null, "t", null));
        Assert.Equal("p3", state.Invitations["i3"].AcceptedBy);
        Assert.Throws<ConflictException>(() => RoundDecisions.Invite(state, "i3", "third", null));
    }
}
