namespace FunderPortal.Rounds;

/// <summary>What the panel decided for one application.</summary>
public enum DecisionOutcome
{
    Funded,
    NotFunded,
    /// <summary>Not funded now; first in line if money becomes available.</summary>
    Waitlisted,
}
