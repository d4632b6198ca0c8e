using System.Text.Json;
using System.Text.Json.Nodes;

namespace FunderPortal.Api.Rounds;

/// <summary>
/// A discussion note's words are sealed in the round under their author's key, so erasing the author erases them. The
/// idempotency store must not keep them in the clear for its 24 hours: it keeps the note without its words, and a replay
/// (same key, same body) takes them back from the retried request.
/// </summary>
internal static class NoteReplays
{
    private const string TextField = "text";

    public static byte[] WithoutText(byte[] response) => WithText(response, null);

    public static byte[] TextFromRequest(byte[] kept, byte[] request)
    {
        var sent = JsonNode.Parse(request) as JsonObject;
        var text = sent?.FirstOrDefault(p => string.Equals(p.Key, TextField, StringComparison.OrdinalIgnoreCase)).Value;
        return WithText(kept, text?.GetValueKind() == JsonValueKind.String ? text.GetValue<string>().Trim() : null);
    }

    private static byte[] WithText(byte[] body, string? text)
    {
        var json = JsonNode.Parse(body);
        if (json is JsonObject note)
            note[TextField] = text;
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }
}
