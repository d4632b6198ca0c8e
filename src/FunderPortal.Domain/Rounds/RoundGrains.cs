using FunderPortal.Rounds;

namespace FunderPortal;

/// <summary>How the API and the web portal reach a round's grain: an id that cannot be a round's is not found without waking any grain.</summary>
public static class RoundGrains
{
    public static IGrantRoundGrain Round(this IGrainFactory grains, string roundId) =>
        RoundIds.IsValid(roundId) ? grains.GetGrain<IGrantRoundGrain>(roundId) : throw RoundAccess.NotFound();
}
