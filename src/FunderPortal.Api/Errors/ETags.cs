using FunderPortal.Http.Conditional;
using Microsoft.Net.Http.Headers;

namespace FunderPortal.Api.Errors;

/// <summary>Entity tags are the stream version: <c>"12"</c> (one format with the reads' tags, <see cref="EntityTags"/>).</summary>
public static class ETags
{
    public static string Format(long version) => EntityTags.ForVersion(version);

    /// <summary>
    /// The version an <c>If-Match</c> header requires: null when absent or <c>*</c>; -1 when it names
    /// something that can never match (so the write is refused with 412). Weak tags compare like strong ones.
    /// </summary>
    public static long? ExpectedVersion(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
            return null;
        if (!EntityTagHeaderValue.TryParseList([ifMatch], out var tags) || tags.Count == 0)
            return -1;
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
            return null;
        // One version is current at a time, so a list of several can only match through its first.
        return long.TryParse(tags[0].Tag.AsSpan().Trim('"'), out var version) ? version : -1;
    }
}
