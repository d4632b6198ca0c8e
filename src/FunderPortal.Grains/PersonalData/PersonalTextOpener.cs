using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace FunderPortal.PersonalData;

/// <summary>
/// Opens sealed values with keys already fetched, so views can be mapped without waiting. Plain text (events written
/// before sealing) passes through unchanged. A value whose key was destroyed reads as <see cref="ExpiredText"/> when its
/// month is past the retention period, otherwise as <see cref="ErasedText"/>; a value that does not open (tampered with,
/// or sealed under a key since destroyed and re-made) also reads as erased.
/// </summary>
public sealed partial class PersonalTextOpener(
    string streamId,
    IReadOnlyDictionary<string, byte[]?> keys,
    RetentionSettings retention,
    DateTimeOffset now,
    ILogger logger)
{
    public const string ErasedText = "erased";
    public const string ExpiredText = "removed after the retention period";

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public string? Open(string? value)
    {
        if (!SealedText.IsSealed(value))
            return value;
        var keyId = SealedText.KeyIdOf(value!);
        if (keyId is null || !keys.TryGetValue(keyId, out var key))
            return ErasedText;
        if (key is null)
            return PersonalKeyId.TryParse(keyId) is { } parsed && Retention.IsExpired(parsed, now, retention) ? ExpiredText : ErasedText;
        if (SealedText.TryOpen(value!, key, streamId) is { } text)
            return text;
        logger.LogWarning("A value sealed under {KeyId} in {StreamId} did not open; it reads as erased", keyId, streamId);
        return ErasedText;
    }

    public IReadOnlyDictionary<string, string>? Open(IReadOnlyDictionary<string, string>? values) =>
        values?.ToDictionary(v => v.Key, v => Open(v.Value), StringComparer.Ordinal);

    /// <summary>Every sealed value inside a JSON document (an event's data) replaced by what it opens to.</summary>
    public string OpenJson(string json) =>
        SealedInJson().Replace(json, match => JsonEncodedText.Encode(Open(match.Value), System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString());

    /// <summary>The sealed values inside a JSON document; their characters never need escaping in JSON.</summary>
    public static IEnumerable<string> SealedValuesIn(string json) => SealedInJson().Matches(json).Select(m => m.Value);

    [GeneratedRegex(@"sealed:v1:[A-Za-z0-9_\-]*:[A-Za-z0-9_\-]*:[A-Za-z0-9_\-]*:[A-Za-z0-9_\-]*")]
    private static partial Regex SealedInJson();
}
