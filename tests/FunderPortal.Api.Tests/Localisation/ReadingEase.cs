using System.Globalization;
using System.Text.RegularExpressions;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Flesch reading ease of English text: 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words). 100 reads
/// like a children's book, 60–70 like a newspaper, below 30 like a law report; easy read aims at 70 or more.
/// </summary>
/// <remarks>
/// Counted as follows (good enough for short, plain sentences; it is no dictionary):
/// <list type="bullet">
/// <item>A <b>line</b> (one text of the page, one idea) is one sentence at least: it ends one whether or not it ends in
/// punctuation. Inside a line, each run of <c>.</c>, <c>!</c> or <c>?</c> followed by a space ends one (not a number's point, as in "1. Not at all").</item>
/// <item>A <b>word</b> is anything between spaces that holds a letter or a digit (<c>–</c> is not a word).</item>
/// <item><b>Syllables</b>: <see cref="Syllables"/>.</item>
/// </list>
/// </remarks>
public static partial class ReadingEase
{
    /// <summary>What an easy-read page must reach.</summary>
    public const double Least = 70;

    public sealed record Counts(int Words, int Sentences, int Syllables)
    {
        public double Score => Words == 0 ? 0 : 206.835 - 1.015 * Words / Math.Max(Sentences, 1) - 84.6 * Syllables / Words;
    }

    /// <summary>The counts of some lines of text, each line one idea (one sentence at least).</summary>
    public static Counts Count(IEnumerable<string> lines)
    {
        int words = 0, sentences = 0, syllables = 0;
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var lineWords = line.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
            if (lineWords.Count == 0)
                continue;
            words += lineWords.Count;
            syllables += lineWords.Sum(Syllables);
            var ends = SentenceEndPattern().Count(line + " ");
            sentences += Math.Max(ends, 1) + (ends > 0 && !SentenceEndPattern().IsMatch(line[^1..] + " ") ? 1 : 0);
        }
        return new Counts(words, sentences, syllables);
    }

    public static double Score(IEnumerable<string> lines) => Count(lines).Score;

    /// <summary>Null when <paramref name="lines"/> read easily enough, else why not, naming <paramref name="what"/> and its score.</summary>
    public static string? Check(string what, IEnumerable<string> lines)
    {
        var counts = Count(lines);
        return counts.Score >= Least
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{what}: Flesch reading ease {counts.Score:0.0}, below {Least} ({counts.Words} words in {counts.Sentences} sentences, {counts.Syllables} syllables): use shorter sentences and shorter words");
    }

    /// <summary>
    /// The syllables of an English word, by its spelling: each group of vowels (a, e, i, o, u, and y when not the
    /// first letter) is one; a final silent <c>e</c> is none (<c>like</c>, <c>because</c>) except in a consonant +
    /// <c>le</c> ending (<c>table</c>, <c>people</c>); <c>-es</c> and <c>-ed</c> after a consonant add none
    /// (<c>times</c>, <c>listened</c>) except where they are heard (<c>pages</c>, <c>boxes</c>, <c>tables</c>, <c>wanted</c>,
    /// <c>needed</c>); a word has one at least, and a number counts as one. By this count <c>every</c> has 3 (as spelled
    /// out, "ev-er-y"), and vowels heard apart but written together count once (<c>idea</c> 2, <c>experience</c> 3):
    /// the count errs low on some long words, never by more than one a word.
    /// </summary>
    public static int Syllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        if (w.Length == 0)
            return 1;
        var count = 0;
        var inVowels = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w, i);
            if (vowel && !inVowels)
                count++;
            inVowels = vowel;
        }
        if (w.Length > 2 && w.EndsWith('e') && !IsVowel(w, w.Length - 2) && !(w.EndsWith("le", StringComparison.Ordinal) && !IsVowel(w, w.Length - 3)))
            count--; // like, because, are: the e is silent; table, people: it is not
        else if (w.Length > 3 && w.EndsWith("es", StringComparison.Ordinal) && !IsVowel(w, w.Length - 3) && !HeardEs(w))
            count--; // times, makes
        else if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && !IsVowel(w, w.Length - 3) && w[^3] is not ('t' or 'd'))
            count--; // listened, used; wanted and needed keep theirs
        return Math.Max(count, 1);
    }

    private static bool IsVowel(string w, int i) => w[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (w[i] == 'y' && i > 0);

    /// <summary><c>-es</c> heard as a syllable: after s, x, z, ch, sh, soft c or g (<c>boxes</c>, <c>pages</c>), and in a consonant + <c>les</c> (<c>tables</c>).</summary>
    private static bool HeardEs(string w) =>
        w[^3] is 's' or 'x' or 'z' or 'c' or 'g' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
        || (w[^3] == 'l' && w.Length > 4 && !IsVowel(w, w.Length - 4));

    [GeneratedRegex(@"(?<!\d)[.!?]+(?=[\s""”’)]|$)")]
    private static partial Regex SentenceEndPattern();
}
