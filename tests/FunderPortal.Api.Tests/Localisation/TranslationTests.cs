namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Welsh and English (issue 21): every text a page shows goes through a localizer, every English key has its Welsh in
/// its area's resource file, no Welsh is left that nothing uses, and a translation keeps its placeholders.
/// </summary>
public sealed class TranslationTests
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
