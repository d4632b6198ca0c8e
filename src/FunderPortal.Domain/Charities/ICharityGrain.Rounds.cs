namespace FunderPortal.Charities;

/// <summary>The rounds the charity applied to, so its members find their drafts and applications again.</summary>
public partial interface ICharityGrain
{
    /// <summary>
    /// Called by a round grain, never by people, before it records an application from this charity (so the index is
    /// never behind the round), on behalf of <paramref name="applicant"/> (the editor applying, whom the round checked);
    /// noted once per round. Refused (404) while the charity is not on the portal.
    /// </summary>
    [Alias("NoteRoundApplication")]
    Task NoteRoundApplicationAsync(string roundId, string funderOrgId, string roundTitle, string applicant);

    /// <summary>The rounds the charity applied to, newest first (members only): each round holds the applications themselves.</summary>
    [Alias("GetRoundsAppliedTo")]
    Task<IReadOnlyList<AppliedRound>> GetRoundsAppliedToAsync(string subject);
}
