using FunderPortal.Common;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> RecordCheckIn(CharityState state, string newId, RecordCheckIn c, DateOnly today)
    {
        var errors = new ErrorBag();
        errors.Date("heldOn", c.HeldOn);
        errors.NotAfter("heldOn", c.HeldOn, today, "A check-in cannot be held on a date still to come.");
        errors.OptionalText("whatWorked", c.WhatWorked, Limits.LongText);
        errors.OptionalText("whatDidNot", c.WhatDidNot, Limits.LongText);
        errors.OptionalText("whatNext", c.WhatNext, Limits.LongText);
        foreach (var question in Enum.GetValues<ReadinessQuestion>())
        {
            var field = $"readiness.{question}";
            if (!c.Readiness.TryGetValue(question, out var response))
            {
                errors.Add(field, "Answer every readiness question: Yes, Partly or No.");
                continue;
            }
            errors.Defined($"{field}.answer", (ReadinessAnswer?)response.Answer);
            errors.OptionalText($"{field}.words", response.Words, Limits.ShortText);
        }
        foreach (var principle in Enum.GetValues<Principle>())
        {
            var field = $"principles.{principle}";
            if (!c.Principles.TryGetValue(principle, out var rating))
                errors.Add(field, $"Rate every principle from {Limits.MinRating} to {Limits.MaxRating}.");
            else
                errors.Range(field, rating, Limits.MinRating, Limits.MaxRating);
        }
        var skills = SkillRules.Validate(state, c.Skills, errors);
        errors.ThrowIfAny();

        if (state.CheckIns.Count >= Limits.MaxCheckIns)
            throw new ConflictException($"A charity keeps at most {Limits.MaxCheckIns} check-ins.");
        var readiness = Enum.GetValues<ReadinessQuestion>()
            .ToDictionary(q => q, q => c.Readiness[q] with { Words = Text.Clean(c.Readiness[q].Words) });
        var principles = Enum.GetValues<Principle>().ToDictionary(p => p, p => c.Principles[p]);
        return [new CheckInRecorded(newId, c.HeldOn ?? today, Text.Clean(c.WhatWorked), Text.Clean(c.WhatDidNot),
            Text.Clean(c.WhatNext), readiness, principles, skills)];
    }

    public static IReadOnlyList<CharityEvent> RecordLeadership(CharityState state, LeadershipValues values)
    {
        var errors = new ErrorBag();
        if (values.VolunteersWhoAreOrWereServiceUsers is { } percent)
            errors.Range("volunteersWhoAreOrWereServiceUsers", percent, 0, 100);
        if (values.TrusteesWithLivedExperience is { } trustees)
            errors.Range("trusteesWithLivedExperience", trustees, 0, 1_000);
        if (values.StaffWithLivedExperience is { } staff)
            errors.Range("staffWithLivedExperience", staff, 0, Limits.MaxParticipants);
        errors.ThrowIfAny();
        return values == state.Leadership ? [] : [new LeadershipRecorded(values)];
    }
}
