using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public Task<Programme> AddProgrammeAsync(ProgrammeDetails details, string subject) =>
        CreateAsync(subject, "programme", (s, id) => FunderDecisions.AddProgramme(s, id, details), (s, id) => s.FindProgramme(id));

    public Task<Programme> ChangeProgrammeAsync(string programmeId, ProgrammeDetails details, string subject) =>
        ChangeAsync(subject, s => FunderDecisions.ChangeProgramme(s, programmeId, details), s => s.FindProgramme(programmeId)!);

    public Task<PublicProgramme?> GetPublicProgrammeAsync(string programmeId) =>
        Task.FromResult(State.FindProgramme(programmeId) is { } p ? new PublicProgramme(p.Id, p.Title) : null);
}
