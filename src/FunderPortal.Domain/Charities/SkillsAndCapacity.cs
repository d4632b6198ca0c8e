using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>What a check-in says of skills: those the work needs, in words, and where the gaps are.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Charities.SkillsAndCapacity")]
public sealed record SkillsAndCapacity(
    [property: Id(0)] string? Needed,
    [property: Id(1)] IReadOnlyList<SkillGap> Gaps);

/// <summary>A gap, and the <c>TrainingAndSkills</c> plan line that would close it, if there is one.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Charities.SkillGap")]
public sealed record SkillGap(
    [property: Id(0)] SkillKind Kind,
    [property: Id(1)] string Text,
    [property: Id(2)] string? PlanLineId);

/// <summary>Skills as asked for: values may be missing, so each is refused by name.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Charities.SkillsInput")]
public sealed record SkillsInput(
    [property: Id(0)] string? Needed,
    [property: Id(1)] IReadOnlyList<SkillGapInput>? Gaps);

[GenerateSerializer, Immutable, Alias("FunderPortal.Charities.SkillGapInput")]
public sealed record SkillGapInput(
    [property: Id(0)] SkillKind? Kind,
    [property: Id(1)] string? Text,
    [property: Id(2)] string? PlanLineId);

/// <summary>The rule for a check-in's skills: pure.</summary>
public static class SkillRules
{
    public const int MaxGaps = 20;

    /// <summary>The skills to keep (null when none were given), naming each fault in <paramref name="errors"/> under "skills…".</summary>
    public static SkillsAndCapacity? Validate(CharityState state, SkillsInput? input, ErrorBag errors)
    {
        if (input is null)
            return null;
        errors.OptionalText("skills.needed", input.Needed, Limits.LongText);
        var gaps = input.Gaps ?? [];
        if (gaps.Count > MaxGaps)
            errors.Add("skills.gaps", $"At most {MaxGaps} gaps.");
        List<SkillGap> kept = [];
        for (var i = 0; i < Math.Min(gaps.Count, MaxGaps); i++)
        {
            var field = $"skills.gaps[{i}]";
            if (gaps[i] is not { } gap)
            {
                errors.Add(field, "Required.");
                continue;
            }
            errors.Defined($"{field}.kind", gap.Kind);
            if (gap.Kind is null)
                errors.Add($"{field}.kind", $"Required: one of {string.Join(", ", Enum.GetNames<SkillKind>())}.");
            errors.RequireText($"{field}.text", gap.Text, Limits.ShortText);
            var lineId = Text.Clean(gap.PlanLineId);
            if (lineId is not null && state.FindResourcingLine(lineId) is not { Terms.Category: ResourcingCategory.TrainingAndSkills })
                errors.Add($"{field}.planLineId", "Name a training and skills line of the plan, or leave it out.");
            if (gap.Kind is { } kind)
                kept.Add(new SkillGap(kind, gap.Text?.Trim() ?? "", lineId));
        }
        var needed = Text.Clean(input.Needed);
        return needed is null && kept.Count == 0 ? null : new SkillsAndCapacity(needed, kept);
    }
}
