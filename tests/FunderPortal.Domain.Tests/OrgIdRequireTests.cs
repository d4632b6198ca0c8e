using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public sealed class OrgIdRequireTests
{
    [Fact]
    public void AnOrgIdTypedInIsKept() => Assert.Equal("GB-CHC-1234567", OrgId.Require("GB-CHC-1234567"));

    [Fact]
    public void AnythingElseIsRefusedOnTheFieldNamed()
    {
        var error = Assert.Throws<DomainValidationException>(() => OrgId.Require("gb-chc-1", "funderOrgId"));

        Assert.Equal(OrgId.NotAnOrgId, Assert.Single(error.Errors["funderOrgId"]));
    }

    [Fact]
    public void CheckAddsTheSameWordsToABag()
    {
        var errors = new ErrorBag();

        Assert.False(OrgId.Check(errors, "orgId", null));
        Assert.True(OrgId.Check(errors, "other", "GB-CHC-1234567"));
        Assert.Equal([OrgId.NotAnOrgId], errors.ToDictionary()["orgId"]);
        Assert.Single(errors.ToDictionary());
    }
}
