namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public List<Programme> Programmes { get; set; } = [];

    public Programme? FindProgramme(string id) => Programmes.Find(p => p.Id == id);

    partial void ApplyProgrammes(FunderEvent change)
    {
        switch (change)
        {
            case ProgrammeAdded e:
                Programmes.Add(new Programme(e.ProgrammeId, e.Title, e.Description));
                break;
            case ProgrammeChanged e:
                var index = Programmes.FindIndex(p => p.Id == e.ProgrammeId);
                if (index >= 0)
                    Programmes[index] = new Programme(e.ProgrammeId, e.Title, e.Description);
                break;
        }
    }
}
