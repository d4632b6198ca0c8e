namespace FunderPortal.Charities;

/// <summary>Published limits of the resourcing plan; the API contract states the same numbers.</summary>
public static class ResourcingLimits
{
    /// <summary>The only currency: every amount is whole pence sterling.</summary>
    public const string Currency = "GBP";

    /// <summary>£100,000,000: the most one line (or one amount against it) may hold. Well inside <c>long</c>, so plan totals cannot overflow.</summary>
    public const long MaxLinePence = 10_000_000_000;

    /// <summary>Units on one line; with a unit cost up to £100m the product can still overflow <c>long</c>, hence checked arithmetic.</summary>
    public const long MaxQuantity = 10_000_000_000;

    public const int Lines = 500;

    /// <summary>Why participants are thanked as they are (members only).</summary>
    public const int PaymentReason = 2_000;
    public const int FundingEntriesPerLine = 100;
    public const int PledgesPerLine = 100;
    public const int MaxHours = 1_000_000;
    public const int Unit = 100;
}
