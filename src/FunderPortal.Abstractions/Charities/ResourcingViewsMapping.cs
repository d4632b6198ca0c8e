namespace FunderPortal.Charities;

/// <summary>Builds the resourcing plan's immutable views from folded state.</summary>
public static class ResourcingViewsMapping
{
    public static ResourcingLineView ToView(this ResourcingLineState line) => new(
        line.Id, line.Terms, ResourcingTotals.For(line), [.. line.Funding], [.. line.Pledges], line.PlannedAt, line.UpdatedAt);
}
