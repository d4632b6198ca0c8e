namespace FunderPortal.Rounds;

/// <summary>How a round's panel judges applications.</summary>
public enum JudgingMode
{
    /// <summary>Every panellist scores every application they are not conflicted on, against every criterion.</summary>
    Scoring,
    /// <summary>Every panellist ranks their top N applications; points are counted by a Borda count (see RoundAggregation).</summary>
    TopPick,
}
