namespace FunderPortal.Common;

/// <summary>What a charity shares with a funder.</summary>
public enum ShareScope
{
    /// <summary>The journey map: workstreams, rungs, milestones, barriers, check-ins, progress.</summary>
    Journey,
    /// <summary>The resourcing plan and its gaps.</summary>
    Resourcing,
    /// <summary>Evidence that is Standard, meant for funders and covered by consent.</summary>
    Evidence,
}
