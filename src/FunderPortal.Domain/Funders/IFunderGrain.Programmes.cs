namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    [Alias("AddProgramme")]
    Task<Programme> AddProgrammeAsync(ProgrammeDetails details, string subject);

    [Alias("ChangeProgramme")]
    Task<Programme> ChangeProgrammeAsync(string programmeId, ProgrammeDetails details, string subject);

    /// <summary>A programme's id and title, public once a published round names it (null: no such programme). Interleaved.</summary>
    [Alias("GetPublicProgramme"), Orleans.Concurrency.AlwaysInterleave]
    Task<Rounds.PublicProgramme?> GetPublicProgrammeAsync(string programmeId);
}
