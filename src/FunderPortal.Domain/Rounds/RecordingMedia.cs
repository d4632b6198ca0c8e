namespace FunderPortal.Rounds;

/// <summary>What a recording is played with: an <c>&lt;audio&gt;</c> or a <c>&lt;video&gt;</c> element.</summary>
public enum RecordingMedia
{
    Audio,
    Video,
}
