namespace FunderPortal.Common;

/// <summary>Where a funder's pledge against a line stands: only an accepted pledge counts as funding.</summary>
public enum PledgeStatus
{
    Offered,
    Accepted,
    Declined,
    /// <summary>The funder took back its offer before the charity accepted it.</summary>
    Withdrawn,
}
