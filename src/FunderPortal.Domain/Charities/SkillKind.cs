namespace FunderPortal.Charities;

/// <summary>The skills co-production needs ("what skills are needed… where are the gaps?"): a check-in names the gaps.</summary>
public enum SkillKind
{
    Facilitation,
    LivedExperienceLeadership,
    Accessibility,
    DataAndEvaluation,
    PayingPeopleAndBenefitsAdvice,
    Other,
}
