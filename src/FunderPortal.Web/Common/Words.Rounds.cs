using FunderPortal.Rounds;

namespace FunderPortal.Web.Common;

public static partial class Words
{
    public static string Of(RankBy rankBy) => rankBy switch
    {
        RankBy.Mean => "The mean of the panel's scores",
        RankBy.Normalised => "Normalised scores (evens out harsh and generous panellists)",
        _ => rankBy.ToString(),
    };

    public static string Of(JudgingMode mode) => mode switch
    {
        JudgingMode.Scoring => "Scored against the criteria",
        JudgingMode.TopPick => "Top picks",
        _ => mode.ToString(),
    };

    public static string Of(PanelActivity activity) => activity switch
    {
        PanelActivity.Training => "Training",
        PanelActivity.Reading => "Reading applications",
        PanelActivity.Scoring => "Scoring",
        PanelActivity.Meeting => "Panel meeting",
        PanelActivity.Travel => "Travel",
        PanelActivity.Other => "Other",
        _ => activity.ToString(),
    };

    public static string Of(PaymentChoice choice) => choice switch
    {
        PaymentChoice.Paid => "In money",
        PaymentChoice.NonCash => "In kind (vouchers or similar)",
        PaymentChoice.Declined => "Declined payment",
        _ => choice.ToString(),
    };
}
