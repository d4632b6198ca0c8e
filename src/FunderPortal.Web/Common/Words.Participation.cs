using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>Words for who takes part.</summary>
public static partial class Words
{
    /// <summary>A list in words, "None" when empty.</summary>
    public static string List(IEnumerable<string> items) => items.ToList() is { Count: > 0 } list ? string.Join(", ", list) : "None";

    public static string Of(SkillKind kind) => kind switch
    {
        SkillKind.Facilitation => "Facilitation",
        SkillKind.LivedExperienceLeadership => "Lived experience leadership",
        SkillKind.Accessibility => "Accessibility",
        SkillKind.DataAndEvaluation => "Data and evaluation",
        SkillKind.PayingPeopleAndBenefitsAdvice => "Paying people, and benefits advice",
        SkillKind.Other => "Something else",
        _ => kind.ToString(),
    };
}
