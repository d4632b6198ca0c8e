using System.Globalization;

namespace FunderPortal.PersonalData;

/// <summary>
/// The <c>Portal:Retention</c> settings: how many days personal comments are kept after the month they were written
/// in (0 = kept until the person is erased).
/// </summary>
public sealed class RetentionSettings
{
    public const string Section = "Portal:Retention";

    /// <summary>Participants' comments on evidence and the charity's replies. Default six years.</summary>
    public int AttestationCommentDays { get; set; } = 2190;

    /// <summary>Score comments, conflict details and discussion notes of a round. Default two years.</summary>
    public int PanelCommentDays { get; set; } = 730;

    public int DaysFor(string purpose) => purpose switch
    {
        PersonalPurposes.AttestationComments => AttestationCommentDays,
        PersonalPurposes.PanelComments => PanelCommentDays,
        _ => 0,
    };
}

/// <summary>
/// Retention arithmetic. Data is sealed under the key of the month it was written in; a month's key is destroyed once
/// the whole month is older than the retention period, i.e. when the first instant of the next month plus the
/// period has passed. Pure: "now" is passed in.
/// </summary>
public static class Retention
{
    public static string PeriodOf(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The oldest month still kept: every month before it ended at or before <c>now − days</c>. (Months compare as text.)
    /// </summary>
    public static string FirstKeptPeriod(DateTimeOffset now, int days) => PeriodOf(now.AddDays(-days));

    /// <summary>Whether data under this key has outlived its retention period (never for keys without a period).</summary>
    public static bool IsExpired(PersonalKeyId key, DateTimeOffset now, RetentionSettings settings) =>
        settings.DaysFor(key.Purpose) is > 0 and var days
        && key.Period != PersonalKeyId.NoPeriod
        && string.CompareOrdinal(key.Period, FirstKeptPeriod(now, days)) < 0;
}
