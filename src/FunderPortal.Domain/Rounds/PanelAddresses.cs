namespace FunderPortal.Rounds;

/// <summary>A panellist with no account and the address their invitation was emailed to (sealed as kept in the round).</summary>
public sealed record PanellistAddress(string PanellistId, string Pseudonym, string Email);

/// <summary>Who on a panel can be reached by email only: pure over the round's state.</summary>
public static class PanelAddresses
{
    /// <summary>
    /// Every panellist with no account behind them (a person with one has their own notification centre and chooses how
    /// to be told) whose invitation was emailed: the round's notices (phase changed, scoring deadline) are mailed to these.
    /// The addresses are as the state holds them, sealed: the round grain opens them.
    /// </summary>
    public static IReadOnlyList<PanellistAddress> Of(RoundState state) =>
        [.. state.Panellists.Values.Where(p => p.UserSubject is null && p.Email is not null).OrderBy(p => p.JoinedAt)
            .Select(p => new PanellistAddress(p.Id, p.Pseudonym, p.Email!))];
}
