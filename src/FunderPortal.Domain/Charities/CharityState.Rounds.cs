namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>The rounds the charity applied to, in the order it first did: an index, the rounds hold the applications.</summary>
    public List<AppliedRound> RoundsAppliedTo { get; set; } = [];

    partial void ApplyRounds(CharityEvent change, DateTimeOffset recordedAt)
    {
        if (change is RoundApplicationNoted e)
            RoundsAppliedTo.Add(new AppliedRound(e.RoundId, e.FunderOrgId, e.RoundTitle, recordedAt));
    }
}

/// <summary>A round the charity applied to, as it was noted (its title then).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AppliedRound")]
public sealed record AppliedRound(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string FunderOrgId,
    [property: Id(2)] string RoundTitle,
    [property: Id(3)] DateTimeOffset FirstAppliedAt);
