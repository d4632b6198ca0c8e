namespace FunderPortal.Rounds;

/// <summary>Where an application stands: a draft only its charity sees, in front of the panel, or taken back.</summary>
public enum ApplicationStatus
{
    /// <summary>Being written: seen by the charity's members alone, and discarded if still a draft when scoring starts.</summary>
    Draft,
    /// <summary>Sent: in front of the funder and the panel, counted in the round.</summary>
    Submitted,
    /// <summary>Taken back by the charity before scoring started: no longer in front of anyone, and not counted.</summary>
    Withdrawn,
}
