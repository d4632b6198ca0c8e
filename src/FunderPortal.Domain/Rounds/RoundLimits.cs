namespace FunderPortal.Rounds;

/// <summary>Published limits of grant rounds; the API contract states the same numbers.</summary>
public static class RoundLimits
{
    public const int MaxCriteria = 20;
    public const int MaxEligibilityQuestions = 20;
    public const int MaxScale = 10;
    public const int DefaultScaleMax = 4;
    public const double MaxWeight = 100;
    public const int MaxApplications = 5_000;
    public const int MaxPanellists = 100;
    public const int MaxTopPick = 50;
    /// <summary>Each accessibility need once (as many as <see cref="AccessibilityNeed"/> has).</summary>
    public const int MaxAccessibilityNeeds = 4;
    public const int MaxNotes = 500;
    /// <summary>A summary in the charity's own words.</summary>
    public const int Summary = 10_000;
    public const int Criterion = 500;
    /// <summary>A recording's words written out: a long talk fits, well within a request's size.</summary>
    public const int Transcript = 100_000;
    /// <summary>A WebVTT captions file: text, so a long video's fits in far less.</summary>
    public const long MaxCaptionsBytes = 1_048_576;
    public const int Anchor = 200;
    public const int Comment = 4_000;
    public const int Rationale = 4_000;
    public const int MaxMinutesPerEntry = 24 * 60;
    /// <summary>An hourly rate above £1,000 is surely a typing error.</summary>
    public const long MaxRatePencePerHour = 100_000;
    /// <summary>Events between snapshots of a round: large, because a round's state is large and a fold of its events is cheap.</summary>
    public const int SnapshotEvery = 1_000;
}
