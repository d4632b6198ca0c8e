using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests;

/// <summary>A platform admin verifies charities and funders, and withdraws a verification given in error.</summary>
public class VerificationDecisionsTests
{
    private static readonly DateTimeOffset Later = Charities.T0.AddDays(3);

    [Fact]
    public void AVerifiedCharityRecordsWhoVerifiedItAndWhen()
    {
        var state = Charities.Registered().With(s => VerificationRules.Verify(s, "admin-ann", "  On the register  ", Later));

        Assert.Equal(new Verification("admin-ann", Later, "On the register"), state.Verification);
        Assert.True(PortfolioSummary.For(state, new Share("s1", "GB-CHC-7654321", [ShareScope.Journey], null, Charities.T0, null), Later).OrganisationVerified);
    }

    [Fact]
    public void VerifyingTwiceChangesNothingAndKeepsTheFirstVerifier()
    {
        var state = Charities.Registered().With(s => VerificationRules.Verify(s, "admin-ann", null, Later));

        Assert.Empty(VerificationRules.Verify(state, "admin-bob", "again", Later.AddDays(1)));
        Assert.Equal("admin-ann", state.Verification!.VerifiedBy);
    }

    [Fact]
    public void WithdrawingLeavesTheCharityUnverifiedAndWithdrawingAgainChangesNothing()
    {
        var state = Charities.Registered().With(s => VerificationRules.Verify(s, "admin-ann", null, Later));

        var withdrawn = VerificationRules.Withdraw(state, "admin-bob");
        state.With(_ => withdrawn);

        Assert.Equal([new VerificationWithdrawn("admin-bob")], withdrawn);
        Assert.Null(state.Verification);
        Assert.Empty(VerificationRules.Withdraw(state, "admin-bob"));
        Assert.False(PortfolioSummary.For(state, new Share("s1", "GB-CHC-7654321", [ShareScope.Journey], null, Charities.T0, null), Later).OrganisationVerified);
    }

    [Fact]
    public void AnUnregisteredOrganisationCannotBeVerifiedOrWithdrawn()
    {
        Assert.Throws<NotFoundException>(() => VerificationRules.Verify(new CharityState(), "admin-ann", null, Later));
        Assert.Throws<NotFoundException>(() => VerificationRules.Withdraw(new CharityState(), "admin-ann"));
        Assert.Throws<NotFoundException>(() => VerificationRules.Verify(new FunderState(), "admin-ann", null, Later));
        Assert.Throws<NotFoundException>(() => VerificationRules.Withdraw(new FunderState(), "admin-ann"));
    }

    [Fact]
    public void ANoteLongerThanTheLimitIsRefusedByName()
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            VerificationRules.Verify(Charities.Registered(), "admin-ann", new string('x', Limits.ShortText + 1), Later));

        Assert.Equal(["note"], refused.Errors.Keys);
    }

    [Fact]
    public void AFunderIsVerifiedAndWithdrawnTheSameWay()
    {
        var state = FunderStates.Registered().With(s => VerificationRules.Verify(s, "admin-ann", null, Later));

        Assert.Equal(new Verification("admin-ann", Later, null), state.Verification);
        Assert.Equal(new Verification("admin-ann", Later, null), state.ToProfile(MemberRole.Viewer).Verification);
        Assert.Empty(VerificationRules.Verify(state, "admin-bob", null, Later));

        state.With(s => VerificationRules.Withdraw(s, "admin-bob"));

        Assert.Null(state.Verification);
        Assert.Null(state.ToProfile(MemberRole.Viewer).Verification);
    }
}
