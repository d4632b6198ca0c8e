namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Welsh and English (issue 21): every text a page shows goes through a localizer, every English key has its Welsh in
/// its area's resource file, no Welsh is left that nothing uses, and a translation keeps its placeholders.
/// </summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void No_page_shows_text_written_in_it_literally()
    {
        var found = Translations.SourceFiles("*.razor")
            .Where(f => !f.EndsWith("_Imports.razor", StringComparison.Ordinal))
            .SelectMany(f => RazorText.Untranslated(File.ReadAllText(f)).Select(u => $"{Translations.Relative(f)}:{u.Line}: {u.Text}"))
            .ToList();
        Assert.True(found.Count == 0,
            $"{found.Count} text(s) in pages not through a localizer (write @L[\"…\"] and add its Welsh):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    /// <summary>Prose in the web's code that is not text a person reads, each with why.</summary>
    private static readonly Dictionary<string, string> ProseNotShown = new(StringComparer.Ordinal)
    {
        ["d MMMM yyyy"] = "a date format",
        ["d MMMM yyyy, HH:mm 'UTC'"] = "a date format",
        ["Amount Awarded"] = "a 360Giving column title, the same in every language",
        ["Recipient Org:Identifier"] = "a 360Giving column title, the same in every language",
        ["private, no-cache"] = "an HTTP header's value",
        ["No such barrier."] = "a not-found refusal: pages show the general not-found page, never its message",
        ["No such milestone."] = "a not-found refusal: pages show the general not-found page, never its message",
    };

    [Fact]
    public void No_page_writes_prose_in_its_code_without_a_translation()
    {
        // What the markup check cannot see: strings in @(…), @{…} and @code, and the web's C# helpers. A string that reads
        // as words (not an id, a CSS class or a format) must be a key of some area's Welsh, or be listed as not shown.
        var keys = Translations.Welsh().SelectMany(area => area.Value.Keys).ToHashSet(StringComparer.Ordinal);
        var web = Path.Combine(Translations.SourceRoot, "FunderPortal.Web") + Path.DirectorySeparatorChar;
        var found = Translations.SourceFiles("*.razor").Concat(Translations.SourceFiles("*.cs"))
            .Where(f => f.StartsWith(web, StringComparison.Ordinal) && !IsNotPages(f))
            .SelectMany(f => SourceLiterals.In(RazorComment().Replace(File.ReadAllText(f), "")).Select(text => (File: f, Text: text)))
            .Where(l => Prose(l.Text) && !keys.Contains(l.Text) && !ProseNotShown.ContainsKey(l.Text))
            .Select(l => $"{Translations.Relative(l.File)}: {l.Text}")
            .Distinct().ToList();
        Assert.True(found.Count == 0,
            $"{found.Count} string(s) in the web's code that read as words without Welsh (use L[\"…\"] or Words.T and add the Welsh):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    [Fact]
    public void The_prose_check_tells_words_from_code()
    {
        Assert.True(Prose("Write an amount in pounds, such as 250."));
        Assert.True(Prose("Thank you"));
        Assert.False(Prose("button secondary"));
        Assert.False(Prose("journey-chart-title journey-chart-desc"));
        Assert.False(Prose("/rounds/{0}/me"));
        Assert.False(Prose("Peer"));
    }

    /// <summary>The demo's data, the parity table's notes for developers and the resource classes: not pages' text.</summary>
    private static bool IsNotPages(string file) =>
        file.EndsWith("DemoData.cs", StringComparison.Ordinal) || file.EndsWith("DemoApi.cs", StringComparison.Ordinal)
        || file.EndsWith("PageParity.cs", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}Resources{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    /// <summary>Two or more words of letters, beginning with a letter, with no code in it; lower-case hyphenated words alone are CSS classes or ids.</summary>
    private static bool Prose(string text)
    {
        var plain = Placeholder().Replace(text, "");
        if (plain.IndexOfAny(['{', '}', '=', '<', '>', '/', '_', '@', '\\', '#', '[', ']', '|']) >= 0 || text.Length == 0 || !char.IsLetter(text[0]))
            return false;
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Count(char.IsLetter) >= 2).ToList();
        return words.Count >= 2 && !words.All(w => w.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"@\*.*?\*@", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex RazorComment();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\d+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    [Fact]
    public void Every_text_used_has_its_Welsh()
    {
        var welsh = Translations.Welsh();
        var missing = Translations.KeysUsed()
            .Where(u => !welsh.TryGetValue(u.Area, out var area) || string.IsNullOrWhiteSpace(area.GetValueOrDefault(u.Key)))
            .Select(u => $"{u.Where}: [{u.Area}] {u.Key}")
            .Distinct().ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} text(s) without Welsh (add them to the area's .cy.resx):{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void No_Welsh_is_left_unused()
    {
        var used = Translations.KeysUsed().Select(u => (u.Area, u.Key)).Concat(DynamicKeys.All()).ToHashSet();
        var unused = Translations.Welsh()
            .SelectMany(area => area.Value.Keys.Where(k => !used.Contains((area.Key, k))).Select(k => $"[{area.Key}] {k}"))
            .ToList();
        Assert.True(unused.Count == 0,
            $"{unused.Count} Welsh resource(s) that nothing uses (remove them):{Environment.NewLine}{string.Join(Environment.NewLine, unused)}");
    }

    [Fact]
    public void No_two_keys_of_an_area_differ_only_by_letter_case()
    {
        // The resource build keeps one of "Feedback" and "feedback": the other would silently show in English.
        var clashes = Translations.Welsh()
            .SelectMany(area => area.Value.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"[{area.Key}] {string.Join(" | ", g)}"))
            .ToList();
        Assert.True(clashes.Count == 0, $"Keys that differ only by letter case:{Environment.NewLine}{string.Join(Environment.NewLine, clashes)}");
    }

    [Fact]
    public void A_translation_keeps_its_placeholders()
    {
        var wrong = Translations.Welsh()
            .SelectMany(area => area.Value.Where(e => !Translations.Placeholders(e.Key).SetEquals(Translations.Placeholders(e.Value)))
                .Select(e => $"[{area.Key}] {e.Key} → {e.Value}"))
            .ToList();
        Assert.True(wrong.Count == 0, $"Welsh with other placeholders than its English:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public void The_checker_finds_literal_text_and_leaves_localised_text()
    {
        const string page = """
            @page "/x"
            @* a comment *@
            <PageTitle>@L["Thank you"]</PageTitle>
            <h1>Thank you</h1>
            @if (answered)
            {
                <p>@L["Hello {0}.", name] @name.Trim()</p>
            }
            else if (x)
            {
                var y = 1;
                <nav aria-label="Portal"></nav>
                <nav aria-label="@L["Portal"]"></nav>
            }
            <p>FunderPortal &middot; £</p>
            @code {
                private string s = "not checked here";
            }
            """;
        Assert.Equal([(4, "Thank you"), (12, "aria-label=\"Portal\"")], RazorText.Untranslated(page).OrderBy(u => u.Line).ToArray());
    }
}
