using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>Words for who takes part.</summary>
public static partial class Words
{
    /// <summary>A list in words, "None" when empty.</summary>
    public static string List(IEnumerable<string> items) => items.ToList() is { Count: > 0 } list ? string.Join(", ", list) : T("None");

    /// <summary>What a participant got from taking part, in their own voice (the same words as <c>VoiceWords.Of</c>, which the API answers in English).</summary>
    public static string Of(ParticipantBenefit benefit) => benefit switch
    {
        ParticipantBenefit.MoreConfident => T("I feel more confident"),
        ParticipantBenefit.NewSkills => T("I learned new skills"),
        ParticipantBenefit.ListenedTo => T("I was listened to"),
        ParticipantBenefit.PaidFairly => T("I was paid fairly"),
        ParticipantBenefit.MetPeople => T("I met people"),
        _ => VoiceWords.Of(benefit),
    };

    public static string Of(SkillKind kind) => kind switch
    {
        SkillKind.Facilitation => T("Facilitation"),
        SkillKind.LivedExperienceLeadership => T("Lived experience leadership"),
        SkillKind.Accessibility => T("Accessibility"),
        SkillKind.DataAndEvaluation => T("Data and evaluation"),
        SkillKind.PayingPeopleAndBenefitsAdvice => T("Paying people, and benefits advice"),
        SkillKind.Other => T("Something else"),
        _ => kind.ToString(),
    };
}
