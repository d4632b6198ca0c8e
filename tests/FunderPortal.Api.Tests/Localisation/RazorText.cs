using System.Text;
using System.Text.RegularExpressions;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// The text a Razor file shows to people that is written in it literally, not through a localizer: what is left of the
/// markup once comments, the <c>@code</c> block, styles and scripts, Razor expressions (<c>@L["…"]</c>, <c>@x.Y(z)</c>,
/// <c>@(…)</c>, <c>@{…}</c>), tags and C# statement lines are taken out; plus text attributes (<c>aria-label</c>,
/// <c>title</c>, <c>alt</c>, <c>placeholder</c>, and components' <c>Label</c>, <c>Legend</c>, <c>Hint</c>…) written literally.
/// Stripped parts become spaces, so line numbers stay true.
/// </summary>
public static partial class RazorText
{
    /// <summary>What may stand in markup untranslated: names that are the same in every language.</summary>
    private static readonly HashSet<string> SameInEveryLanguage = new(StringComparer.Ordinal) { "FunderPortal", "£", "360Giving", "%", "UTC", "CSV", "XLSX", "JSON" };

    public static IEnumerable<(int Line, string Text)> Untranslated(string razor)
    {
        var text = Blank(razor, CommentPattern());
        var code = CodeBlockPattern().Match(text);
        if (code.Success)
            text = text[..code.Index] + Spaces(text[code.Index..]);
        text = Blank(text, StyleOrScriptPattern());
        text = StripExpressions(text);

        foreach (Match attribute in TextAttributePattern().Matches(text))
        {
            if (HasWords(attribute.Groups["value"].Value))
                yield return (LineOf(text, attribute.Index), attribute.Value.Trim());
        }
        text = Blank(text, TagPattern());
        text = EntityPattern().Replace(text, m => new string(' ', m.Length));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || StatementPattern().IsMatch(line))
                continue;
            if (HasWords(line))
                yield return (i + 1, line);
        }
    }

    private static bool HasWords(string text)
    {
        var words = text.Split([' ', '\t', '\r', ',', '.', ':', '(', ')', '–', '-', '/', '·', '|'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Any(char.IsLetter) && !SameInEveryLanguage.Contains(w));
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string Blank(string text, Regex pattern) => pattern.Replace(text, m => Spaces(m.Value));

    private static string Spaces(string text) => new(text.Select(c => c == '\n' ? '\n' : ' ').ToArray());

    /// <summary>Razor's transitions and what follows them (member access, calls, indexers, control keywords' parentheses, code blocks), blanked.</summary>
    private static string StripExpressions(string text)
    {
        var output = new StringBuilder(text);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '@')
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            if (i < text.Length && text[i] == '@')
            {
                i++; // @@ is a literal @
                continue;
            }
            if (i < text.Length && (text[i] == '(' || text[i] == '{'))
            {
                i = SkipBalanced(text, i);
            }
            else
            {
                var identifierStart = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                    i++;
                var keyword = text[identifierStart..i];
                if (keyword is "if" or "foreach" or "for" or "while" or "switch" or "lock" || (keyword == "using" && text.AsSpan(i).TrimStart().StartsWith("(")))
                {
                    while (i < text.Length && char.IsWhiteSpace(text[i]))
                        i++;
                    if (i < text.Length && text[i] == '(')
                        i = SkipBalanced(text, i);
                }
                else if (keyword is "inject" or "page" or "layout" or "inherits" or "using" or "implements" or "attribute" or "rendermode" or "namespace" or "typeparam")
                {
                    while (i < text.Length && text[i] != '\n')
                        i++;
                }
                else
                {
                    // member access, calls and indexers: @a.b(c)[d].e, also generic calls such as @x.Get<T>()
                    while (i < text.Length)
                    {
                        if (text[i] == '(' || text[i] == '[')
                            i = SkipBalanced(text, i);
                        else if (text[i] == '.' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '_'))
                        {
                            i++;
                            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                                i++;
                        }
                        else if (text[i] == '!' && i + 1 < text.Length && text[i + 1] == '.')
                            i++;
                        else if (text[i] == '?' && i + 1 < text.Length && text[i + 1] == '.')
                            i++;
                        else
                            break;
                    }
                }
            }
            for (var j = start; j < i && j < output.Length; j++)
                if (output[j] != '\n')
                    output[j] = ' ';
        }
        return output.ToString();
    }

    /// <summary>The index after the bracket that closes the one at <paramref name="open"/>, skipping C# string literals inside.</summary>
    private static int SkipBalanced(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                    i += text[i] == '\\' ? 2 : 1;
                continue;
            }
            if (c == '\'' && i + 2 < text.Length && (text[i + 2] == '\'' || text[i + 1] == '\\'))
            {
                i += text[i + 1] == '\\' ? 3 : 2;
                continue;
            }
            if (c is '(' or '[' or '{')
                depth++;
            else if (c is ')' or ']' or '}' && --depth == 0)
                return i + 1;
        }
        return text.Length;
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"^@(code|functions)\s*\{", RegexOptions.Multiline)]
    private static partial Regex CodeBlockPattern();

    [GeneratedRegex(@"<(style|script)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrScriptPattern();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"&[#\w]+;")]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"\s(aria-label|aria-description|aria-roledescription|title|alt|placeholder|Label|Legend|Hint|Title|Text|Message|Heading|Caption|Summary|EmptyText|Description)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex TextAttributePattern();

    /// <summary>Lines of C# inside Razor blocks: braces, control keywords with their conditions, statements ending in ';', case labels.</summary>
    [GeneratedRegex(@"^([{}\s]+|(else\s+)?if\s*\(.*\)\s*\{?|else\s*\{?|(foreach|for|while|switch|using|lock)\s*\(.*\)\s*\{?|case\s.*:|default:|.*;)$")]
    private static partial Regex StatementPattern();
}
