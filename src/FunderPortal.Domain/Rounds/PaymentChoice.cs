namespace FunderPortal.Rounds;

/// <summary>How a panellist is paid for their time. Everyone is paid by default; some cannot or would rather not be.</summary>
public enum PaymentChoice
{
    /// <summary>Paid in money at the round's hourly rate (the default).</summary>
    Paid,
    /// <summary>A non-cash alternative of the same value (vouchers, for example), e.g. to protect benefits.</summary>
    NonCash,
    /// <summary>Declined payment.</summary>
    Declined,
}
