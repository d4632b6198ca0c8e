namespace FunderPortal.Common;

/// <summary>Funding the charity records against a line itself (a funder's pledge is a <see cref="PledgeStatus"/> instead).</summary>
public enum FundingKind
{
    /// <summary>From the charity's own reserves or unrestricted income.</summary>
    SelfFunded,

    /// <summary>A funder has committed it (e.g. a grant agreed) but it has not arrived.</summary>
    Committed,

    /// <summary>The money has arrived.</summary>
    Received,
}
