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

    /// <summary>
    /// Asks participants to rate a check-in themselves (<see cref="AttestationRequests.Check"/>: handles, or handles with
    /// addresses for emailed links). One answer per participant and check-in, never replaced.
    /// </summary>
    /// <param name="tokenHashes">One hash per participant, then one per recipient, in that order.</param>
    public static IReadOnlyList<CharityEvent> MakeParticipantCheckInLinks(CharityState state, string checkInId, IReadOnlyList<string> participants,
        IReadOnlyList<AttestationRecipient> recipients, IReadOnlyList<string> tokenHashes, DateTimeOffset expiresAt)
    {
        RequireCheckIn(state, checkInId);
        var asked = AttestationRequests.Check(participants, recipients);
        var answered = asked.Where(p => state.VoiceAsks.Exists(a => a.CheckInId == checkInId && a.Participant == p.Participant && a.Answer is not null))
            .Select(p => p.Participant).ToList();
        if (answered.Count > 0)
            throw new ConflictException($"Already answered, and an answer is never replaced: {string.Join(", ", answered)}.");
        var already = state.VoiceAsks.Where(a => a.CheckInId == checkInId).Select(a => a.Participant).ToHashSet(StringComparer.Ordinal);
        if (already.Union(asked.Select(a => a.Participant)).Count() > Limits.MaxVoicesPerCheckIn)
            throw new ConflictException($"A check-in asks at most {Limits.MaxVoicesPerCheckIn} participants.");
        return [new ParticipantCheckInLinksMade(checkInId, [.. asked.Select((p, i) => new AskedParticipant(p.Participant, tokenHashes[i], expiresAt, p.Email))])];
    }

    /// <summary>The ask a link opens; a used, expired or unknown link is the same "not found".</summary>
    public static VoiceAsk RequireOpenVoiceAsk(CharityState state, string tokenHash, DateTimeOffset now) =>
        state.FindVoiceAsk(tokenHash) is { Answer: null } ask && now < ask.ExpiresAt && state.FindCheckIn(ask.CheckInId) is not null
            ? ask
            : throw AttestationNotFound();

    public static IReadOnlyList<CharityEvent> AnswerParticipantCheckIn(CharityState state, string tokenHash, VoiceInput input, DateTimeOffset now)
    {
        var ask = RequireOpenVoiceAsk(state, tokenHash, now);
        return [new ParticipantCheckInAnswered(ask.CheckInId, tokenHash, ParticipantsSayRules.Check(input, now))];
    }

    public static CheckIn RequireCheckIn(CharityState state, string checkInId) =>
        state.FindCheckIn(checkInId) ?? throw new NotFoundException($"No check-in '{checkInId}' in this charity.");
}
