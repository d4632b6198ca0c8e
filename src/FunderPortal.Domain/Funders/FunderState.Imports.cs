namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    /// <summary>Every import asked for, oldest first.</summary>
    public List<GrantImportEntry> GrantImports { get; set; } = [];

    /// <summary>Whether the funder publishes its grants at its public 360Giving address.</summary>
    public bool Publishes360Giving { get; set; }

    public GrantImportEntry? FindGrantImport(string importId) => GrantImports.Find(i => i.Id == importId);

    partial void ApplyImports(FunderEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case GrantImportQueued e:
                GrantImports.Add(new GrantImportEntry(e.ImportId, e.FileId, e.FileName, e.Format, e.DryRun, e.By, recordedAt));
                break;
            case ThreeSixtyGivingPublicationChanged e:
                Publishes360Giving = e.Published;
                break;
        }
    }
}
