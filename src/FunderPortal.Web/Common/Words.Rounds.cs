using FunderPortal.Rounds;

namespace FunderPortal.Web.Common;

public static partial class Words
{
    /// <summary>
    /// What each point of a criterion's scale means, in the page's language when the funder kept the round's default
    /// words (<see cref="RoundDecisions.DefaultAnchors"/>, stored in English with the round); a funder's own words as written.
    /// </summary>
    public static IReadOnlyList<string> Anchors(int scaleMax, IReadOnlyList<string> anchors) =>
        anchors.SequenceEqual(RoundDecisions.DefaultAnchors(scaleMax))
            ? [.. Enumerable.Range(0, scaleMax + 1).Select(point => DefaultAnchor(point, scaleMax))]
            : anchors;

    /// <summary>The default words for one point, as <see cref="RoundDecisions.DefaultAnchors"/> gives them in English.</summary>
    public static string DefaultAnchor(int point, int scaleMax) => point switch
    {
        0 => T("Not shown at all"),
        _ when point == scaleMax => T("Fully shown"),
        1 when scaleMax == RoundLimits.DefaultScaleMax => T("Shown a little"),
        2 when scaleMax == RoundLimits.DefaultScaleMax => T("Partly shown"),
        3 when scaleMax == RoundLimits.DefaultScaleMax => T("Mostly shown"),
        _ => T("{0} out of {1}", point, scaleMax),
    };

    /// <summary>
    /// An application's label as the round names it ("Application 3", "Draft application": <c>RoundViewsMapping.Label</c>,
    /// English in the API's data) in the page's language; any other label (none today) as it is.
    /// </summary>
    public static string Label(string label) =>
        label == "Draft application" ? T("Draft application")
        : label.StartsWith("Application ", StringComparison.Ordinal) && int.TryParse(label["Application ".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? T("Application {0}", number)
            : label;

    public static string Of(RankBy rankBy) => rankBy switch
    {
        RankBy.Mean => T("The mean of the panel's scores"),
        RankBy.Normalised => T("Normalised scores (evens out harsh and generous panellists)"),
        _ => rankBy.ToString(),
    };

    public static string Of(JudgingMode mode) => mode switch
    {
        JudgingMode.Scoring => T("Scored against the criteria"),
        JudgingMode.TopPick => T("Top picks"),
        _ => mode.ToString(),
    };

    public static string Of(PanelActivity activity) => activity switch
    {
        PanelActivity.Training => T("Training"),
        PanelActivity.Reading => T("Reading applications"),
        PanelActivity.Scoring => T("Scoring"),
        PanelActivity.Meeting => T("Panel meeting"),
        PanelActivity.Travel => T("Travel"),
        PanelActivity.Other => T("Other"),
        _ => activity.ToString(),
    };

    public static string Of(PaymentChoice choice) => choice switch
    {
        PaymentChoice.Paid => T("In money"),
        PaymentChoice.NonCash => T("In kind (vouchers or similar)"),
        PaymentChoice.Declined => T("Declined payment"),
        _ => choice.ToString(),
    };
}
