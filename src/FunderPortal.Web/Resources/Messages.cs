using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Web.Resources;

/// <summary>
/// The domain's messages (validation errors, refusals) as pages show them. The domain writes them in English, for people;
/// <c>Messages.cy.resx</c> gives the Welsh of each, keyed by the English exactly. A message with values in it (a number,
/// a name) is matched by a key with placeholders in their place: "At most {0} characters." gives "Dim mwy na 200 nod."
/// for "At most 200 characters.". A message without a Welsh entry stays as the domain wrote it. The checks list the
/// domain's messages by reading its source (DynamicKeys.cs), so Welsh left for an English that is gone is found.
/// </summary>
public sealed partial class Messages
{
    private Messages()
    {
    }

    private static readonly Lazy<ResourceSet?> Welsh = new(() => WelshResources.Of("FunderPortal.Web.Resources.Messages"));

    /// <summary>The keys with placeholders, as patterns, each with its Welsh format; built once.</summary>
    private static readonly Lazy<IReadOnlyList<(Regex English, int Values, string Welsh)>> Patterns = new(() =>
        Welsh.Value is not { } set
            ? []
            : [.. set.Cast<DictionaryEntry>()
                .Where(e => e.Key is string key && key.Contains("{0}", StringComparison.Ordinal) && e.Value is string)
                .Select(e => (Key: (string)e.Key, Welsh: (string)e.Value!))
                .OrderByDescending(e => e.Key.Length) // the most specific first
                .Select(e => (PatternOf(e.Key), PlaceholderPattern().Matches(e.Key).Max(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) + 1, e.Welsh))]);

    /// <summary><paramref name="english"/> in the request's language: its Welsh on a Welsh page when there is one, else itself.</summary>
    public static string Of(string english)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName != "cy" || string.IsNullOrEmpty(english))
            return english;
        if (Welsh.Value?.GetString(english) is { } welsh)
            return welsh;
        foreach (var (pattern, values, format) in Patterns.Value)
        {
            if (pattern.Match(english) is { Success: true } match)
                return string.Format(CultureInfo.InvariantCulture, format, [.. Enumerable.Range(0, values).Select(i => (object)ValueOf(match.Groups[$"v{i}"].Value))]);
        }
        return english;
    }

    /// <summary>
    /// A value the domain put inside a message, in Welsh where it is a word of the domain's own rather than the reader's
    /// data: a round's phase, a resourcing category, a sharing scope or a notification's kind by its enum name (as the vocabulary names
    /// them), phases joined by
    /// " or ", and the fixed words and verb phrases the domain passes in (an editor's "change this", "charity", "yes"),
    /// which have entries of their own. Names, numbers and anything else stay as they are.
    /// </summary>
    private static string ValueOf(string value)
    {
        if (IsEnumName<RoundPhase>(value, out var phase))
            return Common.Words.LowerFirst(Common.Words.Of(phase));
        if (IsEnumName<ResourcingCategory>(value, out var category))
            return Common.Words.LowerFirst(Common.Words.Of(category));
        if (IsEnumName<FunderPortal.Notifications.NotificationKind>(value, out var kind))
            return Common.Words.LowerFirst(Common.Words.Of(kind));
        if (IsEnumName<ShareScope>(value, out var scope))
            return Common.Words.LowerFirst(Common.Words.Of(scope));
        if (value.Contains(Or, StringComparison.Ordinal))
            return string.Join(Welsh.Value?.GetString(Or) ?? Or, value.Split(Or).Select(ValueOf));
        return Welsh.Value?.GetString(value) ?? value;
    }

    /// <summary>How the domain joins alternatives (<c>RoundPhases.Require</c>), a key of its own.</summary>
    private const string Or = " or ";

    private static bool IsEnumName<TEnum>(string value, out TEnum parsed) where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out parsed) && Enum.IsDefined(parsed) && Enum.GetName(parsed) == value;

    /// <summary>"At most {0} characters." as a pattern that matches the whole message, each placeholder a value.</summary>
    private static Regex PatternOf(string key)
    {
        var parts = PlaceholderPattern().Split(key);
        // Split keeps the captured numbers at odd positions: text, number, text, number, text…
        var pattern = string.Concat(parts.Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : $"(?<v{part}>.+?)"));
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();
}
