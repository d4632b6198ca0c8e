namespace FunderPortal.Rounds;

/// <summary>
/// A round's phases, in order. A funder editor moves a round forward one step at a time; each phase allows only
/// its own actions (see <see cref="RoundPhases"/>), and no phase is skipped or returned to.
/// </summary>
public enum RoundPhase
{
    /// <summary>Being set up: details, criteria and options can change; panellists can be invited.</summary>
    Draft,
    /// <summary>Taking applications.</summary>
    Open,
    /// <summary>Panellists declare conflicts and score, each on their own.</summary>
    Scoring,
    /// <summary>Scores are revealed to the panel, which discusses and decides.</summary>
    Deliberation,
    /// <summary>Every application has a decision; funded ones become the funder's grants.</summary>
    Decided,
    /// <summary>Finished: panellists' access ends.</summary>
    Closed,
}
