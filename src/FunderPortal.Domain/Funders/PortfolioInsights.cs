using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// One leadership indicator across a portfolio: how many charities gave it (<see cref="Reporting"/>) and what they say
/// together (<see cref="Value"/>: the mean for a percentage, the percent answering yes for a yes/no, the sum for a count;
/// null when none gave it), beside the national and regional benchmarks where there are some.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.IndicatorInsight")]
public sealed record IndicatorInsight(
    [property: Id(0)] LeadershipIndicator Indicator,
    [property: Id(1)] IndicatorUnit Unit,
    [property: Id(2)] int Reporting,
    [property: Id(3)] decimal? Value,
    [property: Id(4)] decimal? National,
    [property: Id(5)] RegionalBenchmark? Regional);

/// <summary>Activities (a workstream's activity kind) whose claimed rung is above, at or below where it was at the funder's first grant.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.RungMovement")]
public sealed record RungMovement(
    [property: Id(0)] int Up,
    [property: Id(1)] int Same,
    [property: Id(2)] int Down);

/// <summary>How many charities of the portfolio reach a seldom-heard group.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GroupReached")]
public sealed record GroupReached(
    [property: Id(0)] SeldomHeardGroup Group,
    [property: Id(1)] int Charities);

/// <summary>How many charities of the portfolio face an open barrier of a kind.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.BarrierFaced")]
public sealed record BarrierFaced(
    [property: Id(0)] BarrierKind Kind,
    [property: Id(1)] int Charities);

/// <summary>
/// The portfolio in figures, from the summaries charities push (one grain's memory, no call to any charity). Every list
/// holds every indicator, group and barrier kind, in the vocabulary's order. <see cref="JourneyShared"/> and
/// <see cref="ResourcingShared"/> say how many charities' shares let their journey or plan count.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PortfolioInsights")]
public sealed record PortfolioInsights(
    [property: Id(0)] int Charities,
    [property: Id(1)] int JourneyShared,
    [property: Id(2)] int ResourcingShared,
    [property: Id(3)] IReadOnlyList<IndicatorInsight> Leadership,
    [property: Id(4)] IReadOnlyList<GroupReached> SeldomHeardGroupsReached,
    [property: Id(5)] RungMovement RungsSinceFirstGrant,
    [property: Id(6)] ParticipantPayments ParticipantPayments,
    [property: Id(7)] IReadOnlyList<BarrierFaced> OpenBarriers,
    [property: Id(8)] ParticipantsTookPart Participants);

/// <summary>Participants who answered (attestations, participant check-ins) in each charity's last 12 months, summed; and those for the first time.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ParticipantsTookPart")]
public sealed record ParticipantsTookPart(
    [property: Id(0)] int TookPart,
    [property: Id(1)] int FirstTime);

/// <summary>
/// Insights across the charities sharing with a funder (live shares only). Only what each charity's share covers counts:
/// leadership, seldom-heard groups, rungs and barriers with <see cref="ShareScope.Journey"/>, participant payments with
/// <see cref="ShareScope.Resourcing"/> (a charity's summary carries nothing else). Pure, so the funder grain answers from memory.
/// </summary>
public static class PortfolioInsightsRules
{
    public static PortfolioInsights Of(IEnumerable<PortfolioEntry> entries, DateTimeOffset now)
    {
        var live = entries.Where(e => Portfolio.IsShared(e, now)).ToList();
        var journey = live.Where(e => e.ShareScope.Contains(ShareScope.Journey)).ToList();
        var resourcing = live.Where(e => e.ShareScope.Contains(ShareScope.Resourcing)).ToList();

        var leadership = journey.Select(e => e.Leadership).OfType<LeadershipValues>().ToList();
        var groups = journey.SelectMany(e => (e.SeldomHeardGroupsReached ?? []).Distinct()).CountBy(g => g).ToDictionary();
        var barriers = journey.SelectMany(e => e.OpenBarrierKinds.Distinct()).CountBy(k => k).ToDictionary();
        var payments = resourcing.Select(e => e.ParticipantPayments).OfType<ParticipantPayments>()
            .Aggregate(new ParticipantPayments(0, 0), (sum, p) => new(checked(sum.PlannedPence + p.PlannedPence), checked(sum.FundedPence + p.FundedPence)));

        return new PortfolioInsights(live.Count, journey.Count, resourcing.Count,
            [.. Enum.GetValues<LeadershipIndicator>().Select(i => Indicator(i, leadership))],
            [.. Enum.GetValues<SeldomHeardGroup>().Select(g => new GroupReached(g, groups.GetValueOrDefault(g)))],
            Movement(journey.SelectMany(e => e.Rungs)),
            payments,
            [.. Enum.GetValues<BarrierKind>().Select(k => new BarrierFaced(k, barriers.GetValueOrDefault(k)))],
            new ParticipantsTookPart(journey.Sum(e => e.Voices?.TookPart ?? 0), journey.Sum(e => e.Voices?.FirstTime ?? 0)));
    }

    /// <summary>One indicator over the charities that gave it; rounded to one decimal place, halves away from zero.</summary>
    public static IndicatorInsight Indicator(LeadershipIndicator indicator, IReadOnlyCollection<LeadershipValues> values)
    {
        var unit = LeadershipBenchmarks.UnitOf(indicator);
        var given = values.Select(v => Of(v, indicator)).OfType<decimal>().ToList();
        decimal? value = given.Count == 0
            ? null
            : unit switch
            {
                IndicatorUnit.Percent => Round(given.Average()),
                IndicatorUnit.YesNo => Round(100m * given.Count(v => v == 1m) / given.Count),
                _ => given.Sum(),
            };
        return new IndicatorInsight(indicator, unit, given.Count, value, LeadershipBenchmarks.For(indicator)?.Percent,
            LeadershipBenchmarks.RegionalFor(indicator));
    }

    /// <summary>Each activity with a rung both now and at the first grant, by which way it moved.</summary>
    public static RungMovement Movement(IEnumerable<PortfolioRung> rungs)
    {
        int up = 0, same = 0, down = 0;
        foreach (var rung in rungs)
        {
            if (rung is not { Current: { } now, AtFirstGrant: { } then })
                continue;
            if (now > then)
                up++;
            else if (now == then)
                same++;
            else
                down++;
        }
        return new RungMovement(up, same, down);
    }

    /// <summary>A charity's answer as a number: the percentage or count itself, 1 or 0 for yes or no; null when not given.</summary>
    private static decimal? Of(LeadershipValues v, LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers => v.VolunteersWhoAreOrWereServiceUsers,
        LeadershipIndicator.ChairHasDisability => YesNo(v.ChairHasDisability),
        LeadershipIndicator.CeoHasDisability => YesNo(v.CeoHasDisability),
        LeadershipIndicator.TrusteesWithLivedExperience => v.TrusteesWithLivedExperience,
        LeadershipIndicator.StaffWithLivedExperience => v.StaffWithLivedExperience,
        LeadershipIndicator.LivedExperienceOnEveryInterviewPanel => YesNo(v.LivedExperienceOnEveryInterviewPanel),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown indicator."),
    };

    private static decimal? YesNo(bool? answer) => answer is { } yes ? (yes ? 1m : 0m) : null;

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
