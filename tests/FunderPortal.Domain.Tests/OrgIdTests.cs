using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public class OrgIdTests
{
    [Theory]
    [InlineData("GB-CHC-1234567")]
    [InlineData("GB-SC-SC012345")]
    [InlineData("GB-COH-01234567")]
    [InlineData("GB-NIC-100001")]
    public void RealOrgIdsAreValid(string value) => Assert.True(OrgId.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gb-chc-1234567")]
    [InlineData("GB-CHC-1")]
    [InlineData("GB-CHC-1234567 ")]
    [InlineData("GB_CHC_1234567")]
    [InlineData("GB-TOOLONGX-123")]
    [InlineData("GB-CHC-123456789012345678901")]
    [InlineData("GB-CHC-12 34")]
    public void AnythingElseIsNot(string? value) => Assert.False(OrgId.IsValid(value));
}
