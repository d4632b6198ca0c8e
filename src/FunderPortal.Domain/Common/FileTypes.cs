using System.Text;

namespace FunderPortal.Common;

/// <summary>
/// The files evidence may carry (PDF, images, audio, video, office documents), recognised by their first bytes:
/// the name's extension must agree with what the content is, or the file is refused.
/// </summary>
public static class FileTypes
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeadLength = 16;

    /// <summary>The content type the file really has, or null when it is not one the portal accepts.</summary>
    public static string? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var family = Sniff(head);
        return family is null ? null : Kinds.TryGetValue((family, extension), out var contentType) ? contentType : null;
    }

    /// <summary>The content type of captions for a recording: a WebVTT file (".vtt" starting "WEBVTT"), or null.</summary>
    public static string? DetectCaptions(ReadOnlySpan<byte> head, string fileName)
    {
        var text = StartsWith(head, [0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var isVtt = StartsWith(text, "WEBVTT"u8) && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
        return isVtt && Path.GetExtension(fileName).Equals(".vtt", StringComparison.OrdinalIgnoreCase) ? CaptionsContentType : null;
    }

    public const string CaptionsContentType = "text/vtt";

    /// <summary>Whether a file whose content showed it to be <paramref name="contentType"/> is sound or video (a recording).</summary>
    public static bool IsRecording(string contentType) =>
        contentType.StartsWith("audio/", StringComparison.Ordinal) || contentType.StartsWith("video/", StringComparison.Ordinal);

    /// <summary>Extensions accepted, for messages and the contract.</summary>
    public static IEnumerable<string> Extensions => Kinds.Keys.Select(k => k.Extension).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The content types a stored file may be served with, for the contract.</summary>
    public static IEnumerable<string> ContentTypes => Kinds.Values.Distinct().Order(StringComparer.Ordinal);

    private static readonly Dictionary<(string Family, string Extension), string> Kinds = new()
    {
        [("pdf", ".pdf")] = "application/pdf",
        [("png", ".png")] = "image/png",
        [("jpeg", ".jpg")] = "image/jpeg",
        [("jpeg", ".jpeg")] = "image/jpeg",
        [("gif", ".gif")] = "image/gif",
        [("webp", ".webp")] = "image/webp",
        [("wav", ".wav")] = "audio/wav",
        [("mp3", ".mp3")] = "audio/mpeg",
        [("ogg", ".ogg")] = "audio/ogg",
        [("ogg", ".oga")] = "audio/ogg",
        [("ogg", ".opus")] = "audio/ogg",
        [("flac", ".flac")] = "audio/flac",
        [("m4a", ".m4a")] = "audio/mp4",
        [("mp4", ".mp4")] = "video/mp4",
        [("mp4", ".m4v")] = "video/mp4",
        [("mov", ".mov")] = "video/quicktime",
        [("matroska", ".webm")] = "video/webm",
        [("matroska", ".mkv")] = "video/x-matroska",
        [("zip", ".docx")] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [("zip", ".xlsx")] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [("zip", ".pptx")] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [("zip", ".odt")] = "application/vnd.oasis.opendocument.text",
        [("zip", ".ods")] = "application/vnd.oasis.opendocument.spreadsheet",
        [("zip", ".odp")] = "application/vnd.oasis.opendocument.presentation",
        [("ole", ".doc")] = "application/msword",
        [("ole", ".xls")] = "application/vnd.ms-excel",
        [("ole", ".ppt")] = "application/vnd.ms-powerpoint",
    };

    private static string? Sniff(ReadOnlySpan<byte> h)
    {
        if (StartsWith(h, "%PDF-"u8)) return "pdf";
        if (StartsWith(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (StartsWith(h, [0xFF, 0xD8, 0xFF])) return "jpeg";
        if (StartsWith(h, "GIF87a"u8) || StartsWith(h, "GIF89a"u8)) return "gif";
        if (StartsWith(h, "RIFF"u8) && h.Length >= 12 && h[8..12].SequenceEqual("WEBP"u8)) return "webp";
        if (StartsWith(h, "RIFF"u8) && h.Length >= 12 && h[8..12].SequenceEqual("WAVE"u8)) return "wav";
        if (StartsWith(h, "ID3"u8) || (h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0)) return "mp3";
        if (StartsWith(h, "OggS"u8)) return "ogg";
        if (StartsWith(h, "fLaC"u8)) return "flac";
        if (h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(h[8..12]);
            return brand.StartsWith("M4A", StringComparison.Ordinal) ? "m4a" : brand == "qt  " ? "mov" : "mp4";
        }
        if (StartsWith(h, [0x1A, 0x45, 0xDF, 0xA3])) return "matroska";
        if (StartsWith(h, [0x50, 0x4B, 0x03, 0x04])) return "zip";
        if (StartsWith(h, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return "ole";
        return null;
    }

    private static bool StartsWith(ReadOnlySpan<byte> head, ReadOnlySpan<byte> magic) => head.StartsWith(magic);
}
