using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>A national figure to set a charity's own beside.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.NationalBenchmark")]
public sealed record NationalBenchmark(
    [property: Id(0)] decimal Percent,
    [property: Id(1)] string Description);

/// <summary>
/// A region's figure from the same study as the national benchmarks; <see cref="UpperBound"/> when the study gives only a
/// ceiling ("under 3%": <see cref="Percent"/> is 3).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.RegionalBenchmark")]
public sealed record RegionalBenchmark(
    [property: Id(0)] decimal Percent,
    [property: Id(1)] bool UpperBound,
    [property: Id(2)] string Source);

/// <summary>The national benchmarks from the source documents; only some indicators have one.</summary>
public static class LeadershipBenchmarks
{
    public static IndicatorUnit UnitOf(LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers => IndicatorUnit.Percent,
        LeadershipIndicator.ChairHasDisability or LeadershipIndicator.CeoHasDisability
            or LeadershipIndicator.LivedExperienceOnEveryInterviewPanel => IndicatorUnit.YesNo,
        LeadershipIndicator.TrusteesWithLivedExperience or LeadershipIndicator.StaffWithLivedExperience => IndicatorUnit.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown indicator."),
    };

    public static NationalBenchmark? For(LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers =>
            new(67m, "Nationally, 67% of charities' volunteers are or were users of their services."),
        LeadershipIndicator.ChairHasDisability =>
            new(9.5m, "Nationally, 9.5% of charity chairs have a disability."),
        LeadershipIndicator.CeoHasDisability =>
            new(8m, "Nationally, just under 8% of charity chief executives have a disability."),
        _ => null,
    };

    /// <summary>Where the regional figures come from, shown beside each of them.</summary>
    public const string RegionalSource = "Regional figures from the same study as the national benchmarks";

    /// <summary>The regional picture from the same study, for the indicators that have a national benchmark.</summary>
    public static RegionalBenchmark? RegionalFor(LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers => new(60m, false, RegionalSource),
        LeadershipIndicator.ChairHasDisability => new(3m, true, RegionalSource),
        LeadershipIndicator.CeoHasDisability => new(5m, true, RegionalSource),
        _ => null,
    };
}
