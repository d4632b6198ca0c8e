using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Web.Common;
using Microsoft.AspNetCore.Http;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Keys the source looks up by value, not by a literal (a problem's title from the refusal table, the vocabulary's
/// labels): listed from the values themselves, so the unused-key check counts them as used.
/// <see cref="Required"/> are the ones every Welsh page or answer needs (DynamicKeyTests checks each has its Welsh);
/// <see cref="All"/> adds the domain's messages, which may have Welsh (Messages.cy.resx) but need not.
/// </summary>
public static partial class DynamicKeys
{
    public static IEnumerable<(string Area, string Key)> All() => [.. Required(), .. DomainMessages()];

    public static IEnumerable<(string Area, string Key)> Required() => [.. WordsByValue(), .. RefusalWords(), .. ProblemTitles()];

    /// <summary>
    /// Words.cy.resx entries looked up by value: the domain's vocabulary (Words.Describe, Ask…), the charity's events
    /// (Words.Change), the phrases of Words.Count calls and the editors-only refusal's verbs, read from the source.
    /// </summary>
    public static IEnumerable<(string Area, string Key)> WordsByValue()
    {
        foreach (var kind in Enum.GetValues<ActivityKind>())
        {
            yield return ("Words", Vocabulary.Describe(kind));
            foreach (var practice in Vocabulary.PracticeSuggestions(kind))
                yield return ("Words", practice);
        }
        foreach (var question in Enum.GetValues<ReadinessQuestion>())
            yield return ("Words", Vocabulary.Ask(question));
        foreach (var indicator in Enum.GetValues<LeadershipIndicator>())
        {
            if (LeadershipBenchmarks.For(indicator) is { } benchmark)
                yield return ("Words", benchmark.Description);
        }
        yield return ("Words", LeadershipBenchmarks.RegionalSource);

        foreach (var name in typeof(CharityEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.TypeDiscriminator).OfType<string>())
            yield return ("Words", InEnglish(() => Words.Change(name)));

        foreach (var file in Translations.SourceFiles("*.razor").Concat(Translations.SourceFiles("*.cs")))
        {
            var text = File.ReadAllText(file);
            foreach (Match count in CountCall().Matches(text))
            {
                yield return ("Words", "{0} " + count.Groups["one"].Value);
                yield return ("Words", "{0} " + count.Groups["many"].Value);
            }
            foreach (Match what in EditorsOnlyCall().Matches(text))
                yield return ("Words", what.Groups["what"].Value);
        }
    }

    /// <summary>
    /// Every title an API problem can have (Problems.cy.resx, looked up by the English title): the refusal table's, an
    /// unreadable request's, the framework's defaults for a status alone (status-code pages: <c>Not Found</c>…), and the
    /// host's own, read from its source (<c>new ProblemDetails { Title = "…" }</c>, <c>WriteProblemAsync(context, status, "…"</c>,
    /// <c>Results.Problem(…, title: "…"</c>).
    /// </summary>
    public static IEnumerable<(string Area, string Key)> ProblemTitles()
    {
        var titles = Refusals().Select(r => r.Title)
            .Concat(UnreadableStatuses.Select(s => RefusalTable.ForUnreadableRequest(s).Title))
            .Concat(Enumerable.Range(400, 200).Select(s => TypedResults.Problem(statusCode: s).ProblemDetails.Title).OfType<string>());
        foreach (var file in Translations.SourceFiles("*.cs"))
        {
            var text = File.ReadAllText(file);
            titles = titles.Concat(HostProblemTitle().Matches(text).Select(m => m.Groups["title"].Value));
        }
        return titles.Distinct(StringComparer.Ordinal).Select(t => ("Problems", t)).ToList();
    }

    private static readonly int[] UnreadableStatuses = [400, 413, 415];

    /// <summary>What the refusal table gives pages to say instead of an exception's message (Messages.cy.resx).</summary>
    public static IEnumerable<(string Area, string Key)> RefusalWords() =>
        Refusals().Select(r => r.PageWords).OfType<string>().Distinct().Select(w => ("Messages", w));

    /// <summary>
    /// Every string literal of the domain and the grains, which throw the messages pages show (validation errors,
    /// refusals), with an interpolated one's values as placeholders: a Messages.cy.resx key must be one of them.
    /// </summary>
    public static IEnumerable<(string Area, string Key)> DomainMessages() =>
        MessageProjects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Translations.SourceRoot, project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => SourceLiterals.In(File.ReadAllText(f)))
            .Distinct(StringComparer.Ordinal)
            .Select(m => ("Messages", m));

    private static readonly string[] MessageProjects = ["FunderPortal.Domain", "FunderPortal.Grains"];

    /// <summary>The refusal table's entries (its static fields).</summary>
    public static IEnumerable<Refusal> Refusals() =>
        typeof(RefusalTable).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Refusal))
            .Select(f => (Refusal)f.GetValue(null)!);

    /// <summary>What <paramref name="english"/> gives on an English page: the key a Welsh page looks up.</summary>
    private static string InEnglish(Func<string> english)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            return english();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex(@"new ProblemDetails\b[^;]*?\bTitle\s*=\s*""(?<title>[^""]+)""|WriteProblemAsync\(\s*\w+\s*,\s*[\w.]+\s*,\s*""(?<title>[^""]+)""|Problem\([^;]*?\btitle:\s*""(?<title>[^""]+)""")]
    private static partial Regex HostProblemTitle();

    // Words.Count(n, "participant", "participants")
    [GeneratedRegex(@"Words\.Count\([^;]*?,\s*""(?<one>[^""]*)""\s*,\s*""(?<many>[^""]*)""\s*\)")]
    private static partial Regex CountCall();

    // RequireCharityEditorAsync(OrgId, "change a workstream") or (…, L["change a workstream"])
    [GeneratedRegex(@"RequireCharityEditorAsync\([^,]+,\s*(?:\w+\[)?""(?<what>[^""]*)""")]
    private static partial Regex EditorsOnlyCall();
}
