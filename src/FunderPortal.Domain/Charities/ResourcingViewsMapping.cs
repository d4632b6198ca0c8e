namespace FunderPortal.Charities;

/// <summary>Builds the resourcing plan's immutable views from folded state.</summary>
public static class ResourcingViewsMapping
{
    /// <summary>
    /// The line as <paramref name="reader"/> may see it: the charity's members see every pledge; a funder sees only
    /// its own, since another funder's offer is between that funder and the charity. Totals still count every
    /// accepted pledge, which is funding the charity has taken on.
    /// </summary>
    /// <remarks>
    /// Each pledge names its funder: as it was offered, or for an older offer as the charity has since heard the funder named
    /// (<paramref name="funderNames"/>).
    /// </remarks>
    /// <remarks>Why people are thanked as they are is for the charity's members only: it may say who is on benefits.</remarks>
    public static ResourcingLineView ToView(this ResourcingLineState line, CharityReader? reader = null, IReadOnlyDictionary<string, string>? funderNames = null) => new(
        line.Id, reader?.IsFunder == true && line.Terms.PaymentReason is not null ? line.Terms with { PaymentReason = null } : line.Terms,
        ResourcingTotals.For(line), [.. line.Funding],
        [
            .. line.Pledges.Where(p => reader?.Share is not { } share || p.FunderOrgId == share.FunderOrgId)
                .Select(p => p.FunderName is null && funderNames?.GetValueOrDefault(p.FunderOrgId) is { } name ? p with { FunderName = name } : p),
        ],
        line.PlannedAt, line.UpdatedAt);
}
