using FunderPortal.Rounds;

namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public List<RoundListing> Rounds { get; set; } = [];

    partial void ApplyRounds(FunderEvent change, DateTimeOffset recordedAt)
    {
        if (change is RoundListed e)
            Rounds.Add(new RoundListing(e.RoundId, e.Title, recordedAt));
    }
}
