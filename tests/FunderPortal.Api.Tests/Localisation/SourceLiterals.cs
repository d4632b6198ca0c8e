using System.Text;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// The string literals of C# source, as the program sees them: regular, verbatim and interpolated ones (each hole
/// written as a numbered placeholder, <c>$"At most {max} characters."</c> reads <c>At most {0} characters.</c>), outside
/// comments; a literal inside a hole (<c>{string.Join(" or ", phases)}</c>) is one of its own, listed before the literal
/// around it. Raw string literals are skipped. Enough of a lexer for messages, not a parser.
/// </summary>
public static class SourceLiterals
{
    public static IEnumerable<string> In(string source)
    {
        var found = new List<string>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && At(source, i + 1) == '/')
            {
                var end = source.IndexOf('\n', i);
                i = end < 0 ? source.Length : end;
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
            }
            else if (c == '\'')
            {
                i = SkipChar(source, i);
            }
            else if (StartsString(source, i))
            {
                i = ReadString(source, i, found, out var text);
                if (text is not null)
                    found.Add(text);
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool StartsString(string s, int i) =>
        s[i] == '"'
        || (s[i] is '$' or '@' && (At(s, i + 1) == '"' || (At(s, i + 1) is '$' or '@' && At(s, i + 2) == '"')));

    /// <summary>A character literal ('x', '\n'); anything else starting with a quote is passed over one character.</summary>
    private static int SkipChar(string s, int i)
    {
        var j = i + 1;
        if (At(s, j) == '\\')
            j++;
        j++;
        return At(s, j) == '\'' ? j + 1 : i + 1;
    }

    /// <summary>Reads the literal at <paramref name="i"/>; its text is null for a raw string literal. Literals in its holes go to <paramref name="found"/>.</summary>
    private static int ReadString(string s, int i, List<string> found, out string? text)
    {
        bool interpolated = false, verbatim = false;
        while (s[i] is '$' or '@')
        {
            if (s[i] == '$')
                interpolated = true;
            else
                verbatim = true;
            i++;
        }
        if (string.CompareOrdinal(s, i, "\"\"\"", 0, 3) == 0)
        {
            var end = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
            text = null;
            return end < 0 ? s.Length : end + 3;
        }
        i++;
        var builder = new StringBuilder();
        var hole = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (verbatim && c == '"' && At(s, i + 1) == '"')
            {
                builder.Append('"');
                i += 2;
            }
            else if (!verbatim && c == '\\')
            {
                var length = At(s, i + 1) == 'u' ? 6 : 2;
                builder.Append(Unescape(s.Substring(i, Math.Min(length, s.Length - i))));
                i += length;
            }
            else if (c == '"')
            {
                i++;
                break;
            }
            else if (interpolated && c == '{' && At(s, i + 1) == '{')
            {
                builder.Append('{');
                i += 2;
            }
            else if (interpolated && c == '}' && At(s, i + 1) == '}')
            {
                builder.Append('}');
                i += 2;
            }
            else if (interpolated && c == '{')
            {
                i = SkipHole(s, i + 1, found);
                builder.Append('{').Append(hole++).Append('}');
            }
            else if (c == '\n' && !verbatim)
            {
                break;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }
        text = builder.ToString();
        return i;
    }

    private static string Unescape(string escape) => escape[1] switch
    {
        'n' => "\n",
        't' => "\t",
        'r' => "\r",
        '0' => "\0",
        'u' when escape.Length == 6 => ((char)Convert.ToInt32(escape[2..], 16)).ToString(),
        _ => escape[1].ToString(),
    };

    /// <summary>Past the code of an interpolation hole (its format too) to after its closing brace; its literals go to <paramref name="found"/>.</summary>
    private static int SkipHole(string s, int i, List<string> found)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (StartsString(s, i))
            {
                i = ReadString(s, i, found, out var nested);
                if (nested is not null)
                    found.Add(nested);
                continue;
            }
            if (c == '\'')
            {
                i = SkipChar(s, i);
                continue;
            }
            if (c is '(' or '[' or '{')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (c == '}')
            {
                if (depth == 0)
                    return i + 1;
                depth--;
            }
            i++;
        }
        return i;
    }
}
