namespace FunderPortal.Charities;

// The index of rounds the charity applied to: each round noted once, however often it is told.
public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> NoteRoundApplication(CharityState state, string roundId, string funderOrgId, string roundTitle) =>
        state.RoundsAppliedTo.Exists(r => r.RoundId == roundId) ? [] : [new RoundApplicationNoted(roundId, funderOrgId, roundTitle)];
}
