using FunderPortal.Common;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public Task<Programme> AddProgrammeAsync(ProgrammeDetails details, string subject)
    {
        var id = Ids.New();
        return ChangeAsync(subject, s => FunderDecisions.AddProgramme(s, id, details), s => s.FindProgramme(id)!);
    }

    public Task<Programme> ChangeProgrammeAsync(string programmeId, ProgrammeDetails details, string subject) =>
        ChangeAsync(subject, s => FunderDecisions.ChangeProgramme(s, programmeId, details), s => s.FindProgramme(programmeId)!);
}
