using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public class LadderTests
{
    [Theory]
    [InlineData(LadderRung.Coercion, LadderZone.DoingTo)]
    [InlineData(LadderRung.Educating, LadderZone.DoingTo)]
    [InlineData(LadderRung.Informing, LadderZone.DoingFor)]
    [InlineData(LadderRung.Consultation, LadderZone.DoingFor)]
    [InlineData(LadderRung.Engagement, LadderZone.DoingFor)]
    [InlineData(LadderRung.CoDesign, LadderZone.DoingWith)]
    [InlineData(LadderRung.CoProduction, LadderZone.DoingWith)]
    public void EveryRungFallsInItsZone(LadderRung rung, LadderZone zone) => Assert.Equal(zone, Ladder.ZoneOf(rung));

    [Fact]
    public void RungsAreOrderedLowestToHighest() =>
        Assert.Equal(
            ["Coercion", "Educating", "Informing", "Consultation", "Engagement", "CoDesign", "CoProduction"],
            Enum.GetValues<LadderRung>().OrderBy(r => r).Select(r => r.ToString()));

    [Theory]
    [InlineData(null, LadderRung.Coercion, true)]
    [InlineData(LadderRung.Consultation, LadderRung.CoDesign, true)]
    [InlineData(LadderRung.CoDesign, LadderRung.Consultation, false)]
    [InlineData(LadderRung.CoDesign, LadderRung.CoDesign, false)]
    [InlineData(LadderRung.CoDesign, null, false)]
    public void AClimbIsAMoveUpTheLadder(LadderRung? from, LadderRung? to, bool climb) =>
        Assert.Equal(climb, Ladder.IsClimb(from, to));
}
