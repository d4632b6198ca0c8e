using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class PledgeDecisionsTests
{
    [Fact]
    public void APledgeNamesACharityALineAndAnAmount() =>
        Assert.Equal(("GB-CHC-1234567", "line-1", 50_000L), FunderDecisions.CheckPledge("GB-CHC-1234567", "line-1", 50_000));

    [Fact]
    public void EachMissingPartIsRefusedByName()
    {
        var error = Assert.Throws<DomainValidationException>(() => FunderDecisions.CheckPledge("GB-CHC-1", "  ", null));

        Assert.Equal(["amountPence", "charityOrgId", "lineId"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
