namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    [Alias("AddProgramme")]
    Task<Programme> AddProgrammeAsync(ProgrammeDetails details, string subject);

    [Alias("ChangeProgramme")]
    Task<Programme> ChangeProgrammeAsync(string programmeId, ProgrammeDetails details, string subject);
}
