using System.Globalization;
using System.Resources;

namespace FunderPortal.Notifications;

/// <summary>
/// The words of notifications and emails, in the language of the person who reads them (issue 21). English is the text
/// in the code, each sentence a call of <see cref="Say"/> whose first argument is its English template as a literal (the
/// translation checks read the source for it) and whose others are the values of its <c>{0}</c>, <c>{1}</c>…; its Welsh
/// is in <c>Resources/NoticeWords.cy.resx</c>, keyed by the English. A template without Welsh is read in English.
/// </summary>
public static class NoticeWords
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    private static readonly ResourceManager Resources = new(typeof(NoticeWords).FullName!, typeof(NoticeWords).Assembly);

    /// <summary>The Welsh entries (the satellite assembly's <c>cy</c> set), looked up by the English alone: never a neutral fallback.</summary>
    private static readonly Lazy<ResourceSet?> WelshSet = new(() => Resources.GetResourceSet(CultureInfo.GetCultureInfo("cy"), createIfNotExists: true, tryParents: false));

    /// <summary>Words to tell: <paramref name="english"/> (a literal) with its <paramref name="values"/>.</summary>
    public static Phrase Say(string english, params PhraseValue[] values) => new(english, values);

    /// <summary>Whether <paramref name="culture"/> is Welsh (<c>cy</c>, <c>cy-GB</c>).</summary>
    public static bool IsWelsh(CultureInfo culture) => culture.TwoLetterISOLanguageName == "cy";

    /// <summary>The culture of a stored language (<c>cy</c> Welsh, anything else English), formatted as in Britain.</summary>
    public static CultureInfo CultureOf(string? language) => language == "cy" ? Welsh : English;

    /// <summary><paramref name="english"/> in <paramref name="culture"/>'s language: its Welsh when it has one, else itself.</summary>
    public static string Translate(string english, CultureInfo culture) =>
        IsWelsh(culture) && WelshSet.Value?.GetString(english) is { Length: > 0 } welsh ? welsh : english;

    /// <summary>A day as people read it: "5 January 2026", "5 Ionawr 2026".</summary>
    public static string Day(DateOnly day, CultureInfo culture) => day.ToString("d MMMM yyyy", IsWelsh(culture) ? Welsh : English);

    internal static string Format(Phrase phrase, CultureInfo culture, bool html)
    {
        var template = Translate(phrase.Template, culture);
        if (phrase.Values.Count == 0)
            return template;
        var values = phrase.Values.Select(v => v.In(culture)).Select(v => html ? System.Net.WebUtility.HtmlEncode(v) : v).ToArray<object?>();
        return string.Format(IsWelsh(culture) ? Welsh : English, template, values);
    }
}
