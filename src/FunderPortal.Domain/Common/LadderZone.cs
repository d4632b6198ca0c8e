namespace FunderPortal.Common;

/// <summary>The three zones the ladder's rungs fall into.</summary>
public enum LadderZone
{
    DoingTo,
    DoingFor,
    DoingWith,
}
