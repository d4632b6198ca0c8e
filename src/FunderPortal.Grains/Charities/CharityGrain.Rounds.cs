using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public async Task NoteRoundApplicationAsync(string roundId, string funderOrgId, string roundTitle, string applicant)
    {
        RequireRegistered();
        await AppendAsync(CharityDecisions.NoteRoundApplication(State, roundId, funderOrgId, roundTitle), applicant);
    }

    public Task<IReadOnlyList<AppliedRound>> GetRoundsAppliedToAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<AppliedRound> rounds = [.. State.RoundsAppliedTo.AsEnumerable().Reverse()];
        return Task.FromResult(rounds);
    }
}
