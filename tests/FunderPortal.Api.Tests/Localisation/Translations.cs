using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// What the source holds for people to read, by resource area: English keys used through a localizer
/// (<c>L["…"]</c>, <c>Words.T("…")</c>), and the Welsh each area's <c>X.cy.resx</c> gives them.
/// </summary>
public static partial class Translations
{
    public static string SourceRoot => Path.Combine(HostLocation.RepositoryRoot, "src");

    /// <summary>Every Welsh resource file: area (its file name without <c>.cy.resx</c>) → English → Welsh.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Welsh() =>
        SourceFiles("*.cy.resx").ToDictionary(
            f => Path.GetFileName(f)[..^".cy.resx".Length],
            f => (IReadOnlyDictionary<string, string>)XDocument.Load(f).Root!.Elements("data")
                .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? ""));

    public static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(SourceRoot, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    public static string Relative(string path) => Path.GetRelativePath(HostLocation.RepositoryRoot, path).Replace('\\', '/');

    /// <summary>
    /// Every key used in the source, with its area and where: <c>name["…"]</c> for each localizer the file (or its
    /// <c>_Imports.razor</c>) injects or declares, <c>T("…")</c> of <c>Words</c>, and <c>Say("…")</c> of <c>NoticeWords</c>
    /// (the words of notifications and emails, in the Domain).
    /// </summary>
    public static IEnumerable<(string Area, string Key, string Where)> KeysUsed()
    {
        foreach (var file in SourceFiles("*.razor").Concat(SourceFiles("*.cs")))
        {
            var text = File.ReadAllText(file);
            var localizers = LocalizersOf(file, text);
            foreach (var (name, area) in localizers)
            {
                foreach (Match use in new Regex($@"(?<![\w.]){Regex.Escape(name)}(\[|\.GetString\()\s*""(?<key>(?:[^""\\]|\\.)*)""").Matches(text))
                    yield return (area, Unescape(use.Groups["key"].Value), $"{Relative(file)}:{text.AsSpan(0, use.Index).Count('\n') + 1}");
            }
            var isWords = Path.GetFileName(file).StartsWith("Words", StringComparison.Ordinal) && file.EndsWith(".cs", StringComparison.Ordinal);
            foreach (Match use in (isWords ? WordsOwnPattern() : WordsPattern()).Matches(text))
                yield return ("Words", Unescape(use.Groups["key"].Value), $"{Relative(file)}:{text.AsSpan(0, use.Index).Count('\n') + 1}");
            if (file.EndsWith(".cs", StringComparison.Ordinal))
            {
                foreach (Match use in SayPattern().Matches(text))
                    yield return ("NoticeWords", Unescape(use.Groups["key"].Value), $"{Relative(file)}:{text.AsSpan(0, use.Index).Count('\n') + 1}");
            }
        }
    }

    /// <summary>Localizer name → area: the file's own (<c>@inject IStringLocalizer&lt;Resources.X&gt; L</c>, or a C# field/parameter), else its nearest <c>_Imports.razor</c>'s.</summary>
    private static Dictionary<string, string> LocalizersOf(string file, string text)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string source)
        {
            foreach (Match m in LocalizerPattern().Matches(source))
                found.TryAdd(m.Groups["name"].Value, m.Groups["area"].Value);
        }
        Add(text);
        if (file.EndsWith(".razor", StringComparison.Ordinal))
        {
            for (var dir = Path.GetDirectoryName(file); dir is not null && dir.StartsWith(SourceRoot, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir))
            {
                var imports = Path.Combine(dir, "_Imports.razor");
                if (File.Exists(imports) && imports != file)
                    Add(File.ReadAllText(imports));
            }
        }
        return found;
    }

    private static string Unescape(string key) => Regex.Unescape(key);

    [GeneratedRegex(@"IStringLocalizer<(?:[\w.]+\.)?(?<area>\w+)>\??\s+(?<name>_?\w+)")]
    private static partial Regex LocalizerPattern();

    [GeneratedRegex(@"(?<![\w.])Words\.T\(\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex WordsPattern();

    [GeneratedRegex(@"(?<![\w.])(?:Words\.)?T\(\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex WordsOwnPattern();

    /// <summary><c>Say("English {0}", values…)</c> or <c>NoticeWords.Say(…)</c>: a notification's or an email's words (area <c>NoticeWords</c>).</summary>
    [GeneratedRegex(@"(?<![\w.])(?:NoticeWords\.)?Say\(\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex SayPattern();

    /// <summary>The numbered placeholders of a format string, as a set: <c>{0}</c>, <c>{1:N0}</c>.</summary>
    public static IReadOnlySet<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
