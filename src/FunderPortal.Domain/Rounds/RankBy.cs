namespace FunderPortal.Rounds;

/// <summary>What a round's results are ranked by.</summary>
public enum RankBy
{
    /// <summary>The mean of the panellists' weighted totals (the default).</summary>
    Mean,
    /// <summary>The mean of the panellists' z-scores, which corrects harsh and lenient panellists.</summary>
    Normalised,
}
