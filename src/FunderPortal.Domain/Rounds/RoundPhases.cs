using FunderPortal.Common;

namespace FunderPortal.Rounds;

/// <summary>The phase rules: a round moves one step forward at a time, and each action belongs to its phases.</summary>
public static class RoundPhases
{
    public static RoundPhase? Next(RoundPhase phase) => phase == RoundPhase.Closed ? null : phase + 1;

    /// <summary>Refuses (409) an action outside the phases it belongs to, naming them.</summary>
    public static void Require(RoundState state, string action, params RoundPhase[] allowed)
    {
        if (!allowed.Contains(state.Phase))
            throw new ConflictException(
                $"You can {action} only while the round is {string.Join(" or ", allowed)}; it is {state.Phase}.");
    }

    /// <summary>Scores are revealed, to those who may see them, once scoring has ended.</summary>
    public static bool ScoringHasEnded(RoundState state) => state.Phase >= RoundPhase.Deliberation;

    /// <summary>Applicants' names stay hidden from panellists of an anonymised round until decisions.</summary>
    public static bool ApplicantsHiddenFromPanel(RoundState state) => state.Current.Anonymised && state.Phase < RoundPhase.Decided;
}
