using FunderPortal.Rounds;

namespace FunderPortal.Web.Common;

public static partial class Words
{
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
