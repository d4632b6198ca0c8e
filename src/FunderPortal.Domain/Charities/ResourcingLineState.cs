namespace FunderPortal.Charities;

/// <summary>One line of the resourcing plan, as folded from the charity's events.</summary>
public sealed class ResourcingLineState
{
    public required string Id { get; set; }
    public required ResourcingLineTerms Terms { get; set; }
    public DateTimeOffset PlannedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Kept for the funders whose pledges name it, but no longer part of the plan.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public List<LineFunding> Funding { get; set; } = [];
    public List<Pledge> Pledges { get; set; } = [];

    public bool IsWithdrawn => WithdrawnAt is not null;

    public LineFunding? FindFunding(string id) => Funding.Find(f => f.Id == id);

    public Pledge? FindPledge(string id) => Pledges.Find(p => p.Id == id);
}
