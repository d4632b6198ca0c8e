using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace FunderPortal.Http.Conditional;

/// <summary>
/// Entity tags, one format everywhere: a versioned thing's tag is its stream version, <c>"12"</c> (what <c>If-Match</c>
/// takes on a write); an answer that is not one version's alone (it depends on the reader, on filters, on the day) is
/// tagged by a hash of everything it shows, <c>"h-…"</c>, which no version can be mistaken for.
/// </summary>
public static class EntityTags
{
    /// <summary>A version's tag: <c>"12"</c>.</summary>
    public static string ForVersion(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>A tag for exactly these bytes: 128 bits of their SHA-256.</summary>
    public static string ForContent(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return $"\"h-{Convert.ToHexStringLower(hash[..16])}\"";
    }

    /// <summary>
    /// Whether <c>If-None-Match</c> names <paramref name="etag"/> (or is <c>*</c>): then the client's copy is current and
    /// the answer is 304. Compared weakly, as RFC 9110 says for this header; an unreadable header matches nothing.
    /// </summary>
    public static bool NoneMatchHolds(string? ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
            return false;
        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags) || !EntityTagHeaderValue.TryParse(etag, out var current))
            return false;
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
