using FunderPortal.Common;

namespace FunderPortal.Rounds;

public static partial class RoundDecisions
{
    /// <summary>A recording's transcript replaced (blank: none), while the round is Open.</summary>
    public static IReadOnlyList<RoundEvent> SetTranscript(RoundState state, RoundApplication application, string fileId, string? transcript)
    {
        var recording = RecordingOf(application, fileId);
        var errors = new ErrorBag();
        errors.OptionalText("transcript", transcript, RoundLimits.Transcript);
        errors.ThrowIfAny();
        RequireNotWithdrawn(application);
        RoundPhases.Require(state, "change a recording's transcript", RoundPhase.Open);
        var clean = Text.Clean(transcript);
        return clean == recording.Transcript ? [] : [new RecordingTranscriptSet(application.Id, recording.Id, clean)];
    }

    /// <summary>Captions (a WebVTT file already kept) for a recording, while the round is Open; new ones replace the old.</summary>
    public static IReadOnlyList<RoundEvent> AddCaptions(RoundState state, RoundApplication application, string fileId, string captionsId, long sizeBytes)
    {
        var recording = RecordingOf(application, fileId);
        RequireNotWithdrawn(application);
        RoundPhases.Require(state, "add captions to a recording", RoundPhase.Open);
        return [new RecordingCaptionsAdded(application.Id, recording.Id, captionsId, sizeBytes)];
    }

    private static ApplicationFile RecordingOf(RoundApplication application, string fileId)
    {
        var file = application.Files.FirstOrDefault(f => f.Id == fileId)
            ?? throw new NotFoundException($"No file '{fileId}' on this application.");
        if (file.Kind != ApplicationFileKind.Recording)
            throw new ConflictException("Only a recording has a transcript and captions; this file is a proposal.");
        return file;
    }
}
