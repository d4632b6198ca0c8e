using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests.Rounds;

/// <summary>Builds round states for tests by deciding and applying events, as the grain does.</summary>
public static class RoundStates
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static RoundDetails Details(JudgingMode mode = JudgingMode.Scoring) => new(
        "Lived experience fund", null, 1_000_000, 100_000, 500_000,
        new Timetable(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 15)),
        [new EligibilityQuestionInput("Are you led by people with lived experience?", true)],
        [new CriterionInput("Shaped by lived experience", 1, 4, null), new CriterionInput("Makes a difference", 2, 4, null)],
        false, mode, mode == JudgingMode.TopPick ? 2 : null, null, 2_500);

    public static RoundState Created(JudgingMode mode = JudgingMode.Scoring) =>
        new RoundState().With(s => RoundDecisions.Create(s, "r1", "GB-CHC-7654321", Details(mode)));

    /// <summary>A round moved on to <paramref name="phase"/>, with two panellists (p1, p2) and two applications (a1, a2).</summary>
    public static RoundState At(RoundPhase phase, JudgingMode mode = JudgingMode.Scoring)
    {
        var state = Created(mode)
            .With(s => RoundDecisions.Invite(s, "i1", "hash-1", null))
            .With(s => RoundDecisions.Invite(s, "i2", "hash-2", null))
            .With(s => RoundDecisions.Accept(s, "hash-1", "p1", null, "token-1", null))
            .With(s => RoundDecisions.Accept(s, "hash-2", "p2", "bob", "token-2", null));
        if (phase >= RoundPhase.Open)
        {
            state = state.With(s => RoundDecisions.MoveTo(s, RoundPhase.Open))
                .With(s => RoundDecisions.Submit(s, "a1", Application("GB-CHC-1", 400_000), "Hope Street", "alice"))
                .With(s => RoundDecisions.Submit(s, "a2", Application("GB-CHC-2", 500_000), "Calm Harbour", "carol"));
        }
        for (var next = RoundPhase.Scoring; next <= phase; next++)
        {
            if (next == RoundPhase.Decided)
            {
                foreach (var id in new[] { "a1", "a2" })
                    state = state.With(s => RoundDecisions.Decide(s, s.Applications[id], new RecordDecision(DecisionOutcome.NotFunded, null, "Not this time."), "alice"));
            }
            var target = next;
            state = state.With(s => RoundDecisions.MoveTo(s, target));
        }
        return state;
    }

    public static SubmitApplication Application(string charityOrgId, long amount, bool eligible = true) =>
        new(charityOrgId, amount, "Our peer mentors", new Dictionary<string, bool> { ["q1"] = eligible }, false);

    public static RoundState With(this RoundState state, Func<RoundState, IReadOnlyList<RoundEvent>> decide)
    {
        foreach (var e in decide(state))
            state.Apply(e, T0);
        return state;
    }
}
