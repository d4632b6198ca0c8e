using FunderPortal.Rounds;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    /// <summary>Called by a round grain when it is created; idempotent.</summary>
    [Alias("ListRound")]
    Task ListRoundAsync(string roundId, string title);

    /// <summary>The funder's grant rounds, newest first (members only).</summary>
    [Alias("GetRounds")]
    Task<IReadOnlyList<RoundListing>> GetRoundsAsync(string subject);
}
