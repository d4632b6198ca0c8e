using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Easy read (issue 21): the pages of participants and panellists have an easy-read form (<c>?read=easy</c>) whose
/// English (area EasyRead) reads easily: Flesch reading ease of 70 or more, page by page.
/// </summary>
public sealed partial class EasyReadTests(ITestOutputHelper output)
{
    /// <summary>The pages with an easy-read form.</summary>
    public static readonly string[] Pages =
    [
        "src/FunderPortal.Web/Pages/Participants/Attest.razor",
        "src/FunderPortal.Web/Pages/Participants/Voice.razor",
        "src/FunderPortal.Web/Pages/Rounds/JoinPanel.razor",
        "src/FunderPortal.Web/Pages/Rounds/Application.razor",
        "src/FunderPortal.Web/Pages/Rounds/PanellistPreferencesPage.razor",
    ];

    /// <summary>What a placeholder stands for when a page's text is read: a short word, as a name or a date would be.</summary>
    private const string Filler = "Sam";

    [Fact]
    public void Every_easy_read_page_reads_easily()
    {
        var failures = new List<string>();
        foreach (var page in Pages)
        {
            var lines = TextOf(page);
            var counts = ReadingEase.Count(lines);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page}: Flesch reading ease {counts.Score:0.0} ({lines.Count} texts, {counts.Words} words, {counts.Sentences} sentences, {counts.Syllables} syllables)"));
            if (ReadingEase.Check(page, lines) is { } failure)
                failures.Add(failure);
        }
        Assert.True(failures.Count == 0, $"Easy read that is not easy to read:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public void Every_easy_read_page_has_its_switch_and_its_texts()
    {
        foreach (var page in Pages)
        {
            var source = File.ReadAllText(Path.Combine(HostLocation.RepositoryRoot, page));
            Assert.Contains("<EasyReadSwitch", source, StringComparison.Ordinal);
            Assert.True(TextOf(page).Count >= 10, $"{page} has almost no easy-read texts.");
        }
    }

    [Fact]
    public void A_hard_text_fails_the_check()
    {
        // Lines of the standard forms (the panellist's needs, the check-in rating, an application): long words.
        string[] hard =
        [
            "An interpreter, including British Sign Language",
            "Applications read aloud, or as recordings",
            "Something else of the same value, like vouchers (this can protect benefits)",
            "Were different kinds of people, with different lives and experiences, part of it and heard?",
            "They link their co-production journey to this application.",
        ];
        var failure = ReadingEase.Check("The standard form", hard);
        output.WriteLine(failure ?? "(passed)");
        Assert.NotNull(failure);
        Assert.StartsWith("The standard form: Flesch reading ease ", failure, StringComparison.Ordinal);
        Assert.True(ReadingEase.Score(hard) < ReadingEase.Least);
        Assert.Null(ReadingEase.Check("An easy text", ["The cat sat on the mat.", "Is it right?", "Yes. It is right."]));
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("participant", 4)]
    [InlineData("because", 2)]
    [InlineData("every", 3)]
    [InlineData("the", 1)]
    [InlineData("people", 2)]
    [InlineData("people's", 2)]
    [InlineData("while", 1)]
    [InlineData("like", 1)]
    [InlineData("free", 1)]
    [InlineData("times", 1)]
    [InlineData("pages", 2)]
    [InlineData("boxes", 2)]
    [InlineData("tables", 2)]
    [InlineData("does", 1)]
    [InlineData("listened", 2)]
    [InlineData("wanted", 2)]
    [InlineData("needed", 2)]
    [InlineData("agreed", 2)]
    [InlineData("used", 1)]
    [InlineData("yes", 1)]
    [InlineData("money", 2)]
    [InlineData("charity", 3)]
    [InlineData("applications", 4)]
    [InlineData("don't", 1)]
    [InlineData("5", 1)]
    [InlineData("a", 1)]
    public void Syllables_are_counted_by_spelling(string word, int syllables) => Assert.Equal(syllables, ReadingEase.Syllables(word));

    [Fact]
    public void The_score_is_Flesch_reading_ease()
    {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1.
        Assert.Equal(new ReadingEase.Counts(6, 1, 6), ReadingEase.Count(["The cat sat on the mat."]));
        Assert.Equal(116.145, ReadingEase.Score(["The cat sat on the mat."]), 3);
        // Each text is one sentence at least, punctuated or not; a number's point ends none.
        Assert.Equal(4, ReadingEase.Count(["Thank you – FunderPortal", "Is it right? Tell us here.", "1. Not at all."]).Sentences);
        Assert.Equal(6, ReadingEase.Count(["Thank you – FunderPortal"]).Syllables); // FunderPortal: u, e, o, a
    }

    /// <summary>
    /// The English a page's easy-read form shows: each <c>E["…"]</c> key the page uses, and those of the easy-read
    /// components (<c>Common/EasyRead</c>) it puts on it, placeholders filled with a short word.
    /// </summary>
    public static List<string> TextOf(string page)
    {
        var root = HostLocation.RepositoryRoot;
        var source = File.ReadAllText(Path.Combine(root, page));
        var components = Directory.EnumerateFiles(Path.Combine(root, "src/FunderPortal.Web/Common/EasyRead"), "*.razor")
            .Where(c => source.Contains($"<{Path.GetFileNameWithoutExtension(c)}", StringComparison.Ordinal))
            .Select(Translations.Relative).ToHashSet();
        return Translations.KeysUsed()
            .Where(u => u.Area == "EasyRead")
            .Where(u => u.Where.StartsWith(page + ":", StringComparison.Ordinal) || components.Contains(u.Where[..u.Where.LastIndexOf(':')]))
            .Select(u => PlaceholderPattern().Replace(u.Key, Filler))
            .ToList();
    }

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
