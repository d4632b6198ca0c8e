namespace FunderPortal.Benchmarks.History;

/// <summary>
/// Target 2 (and the bound held for target 3): loading a charity costs one snapshot and at most 100 events
/// after it, whatever the length of its history, so activation (and an asOf read) stays under this.
/// </summary>
internal static class ActivationGoal
{
    public const double Milliseconds = 200;

    public const string Text = "< 200 ms";

    public static bool IsMet(double milliseconds) => milliseconds < Milliseconds;
}
