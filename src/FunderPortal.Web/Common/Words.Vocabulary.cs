using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>
/// The domain's explanations (<see cref="Vocabulary"/>, <see cref="LeadershipBenchmarks"/>) in the request's language.
/// Their English is written once, in the domain; Words.cy.resx holds each one's Welsh, keyed by that English (looked up
/// by value: DynamicKeys.cs lists them from the domain, so a Welsh entry whose English changed is found).
/// Pages and the API's vocabulary call these instead of the domain's own.
/// </summary>
public static partial class Words
{
    /// <summary>What an activity kind means, in a sentence.</summary>
    public static string Describe(ActivityKind kind) => T(Vocabulary.Describe(kind));

    /// <summary>Practices to suggest for an activity kind, in the request's language (a stored practice keeps its own words).</summary>
    public static IReadOnlyList<string> PracticeSuggestions(ActivityKind kind) => [.. Vocabulary.PracticeSuggestions(kind).Select(p => T(p))];

    /// <summary>A readiness question, as a check-in asks it.</summary>
    public static string Ask(ReadinessQuestion question) => T(Vocabulary.Ask(question));

    /// <summary>The national figure to set an indicator beside, in a sentence; null when there is none.</summary>
    public static string? Benchmark(LeadershipIndicator indicator) => LeadershipBenchmarks.For(indicator) is { } benchmark ? T(benchmark.Description) : null;

    /// <summary>Where the regional figures come from.</summary>
    public static string RegionalSource => T(LeadershipBenchmarks.RegionalSource);
}
