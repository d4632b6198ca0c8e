using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>Words for who takes part.</summary>
public static partial class Words
{
    /// <summary>A list in words, "None" when empty.</summary>
    public static string List(IEnumerable<string> items) => items.ToList() is { Count: > 0 } list ? string.Join(", ", list) : T("None");

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
