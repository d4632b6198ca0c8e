namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    /// <summary>A round this funder runs, listed once however often the round grain says so (it retries after a crash).</summary>
    public static IReadOnlyList<FunderEvent> ListRound(FunderState state, string roundId, string title) =>
        state.Rounds.TrueForAll(r => r.RoundId != roundId) ? [new RoundListed(roundId, title)] : [];
}
