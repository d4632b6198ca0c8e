using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.GrantImports;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public Task EnsureCanImportGrantsAsync(string subject)
    {
        RequireEditor(subject, "import grants");
        return Task.CompletedTask;
    }

    public async Task<GrantImportEntry> QueueGrantImportAsync(string fileId, string fileName, GrantImportFormat format, bool dryRun, string subject)
    {
        RequireEditor(subject, "import grants");
        var id = Ids.NewFor("grant-import");
        await AppendAsync(FunderDecisions.QueueGrantImport(State, id, fileId, fileName, format, dryRun, subject), subject);
        var entry = State.FindGrantImport(id)!;
        // Awaited once, so the import has started when the request is answered; retried by the outbox until it has.
        await Outbox.PostAsync(ImportStarts([entry]));
        return entry;
    }

    /// <summary>Each import these events asked for, started in its own grain (which starts each once).</summary>
    private IEnumerable<Notice> ImportStarts(IEnumerable<GrantImportEntry> entries) =>
        entries.Select(e => new Notice($"grant-import/{e.Id}", 1,
            grains => grains.GetGrain<IGrantImportGrain>(IGrantImportGrain.KeyFor(OrgId, e.Id)).StartAsync(e)));

    private IEnumerable<Notice> ImportStartsOwed(IReadOnlyList<FunderEvent> events) =>
        ImportStarts(events.OfType<GrantImportQueued>().Select(e => State.FindGrantImport(e.ImportId)).OfType<GrantImportEntry>());

    public Task<IReadOnlyList<GrantImportEntry>> GetGrantImportsAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<GrantImportEntry> newestFirst = [.. Enumerable.Reverse(State.GrantImports)];
        return Task.FromResult(newestFirst);
    }

    public Task<GrantImportEntry> GetGrantImportAsync(string importId, string subject)
    {
        RequireMember(subject);
        return Task.FromResult(State.FindGrantImport(importId) ?? throw new NotFoundException($"No import '{importId}' at this funder."));
    }

    public async Task<IReadOnlyList<GrantRowResult>> ImportGrantBatchAsync(string importId, IReadOnlyList<ImportedGrant> grants,
        IReadOnlyList<string> recipientsOnPortal, string subject)
    {
        var entry = State.FindGrantImport(importId) ?? throw new NotFoundException($"No import '{importId}' at this funder.");
        if (!entry.DryRun)
            RequireEditor(subject, "import grants");
        var (events, results) = FunderDecisions.ImportGrants(State, importId, grants, recipientsOnPortal.ToHashSet(StringComparer.Ordinal), entry.DryRun);
        await AppendAsync(events, subject);
        return results;
    }

    public Task<FunderProfile> SetPublicationAsync(bool publish, string subject) =>
        ChangeAsync(subject, s => FunderDecisions.SetPublication(s, publish), s => s.ToProfile(s.RoleOf(subject)!.Value));

    public Task<OpenGrantsView> GetPublishedOpenGrantsAsync() =>
        Task.FromResult(State.ToPublishedOpenGrants(Clock.UtcNow, RecipientAreaCodes()));

    public Task NoteRecipientAreasAsync(string charityOrgId, long version, IReadOnlyList<string> areaCodes)
    {
        RequireRegistered();
        return AppendPushAsync(PortfolioDecisions.NoteRecipientAreas(PortfolioStream.State, charityOrgId, version, areaCodes), charityOrgId);
    }

    /// <summary>The area codes the funder's recipients give, by org-id (only those that gave any).</summary>
    private Dictionary<string, IReadOnlyList<string>> RecipientAreaCodes() =>
        PortfolioStream.State.RecipientAreas.Values.Where(a => a.AreaCodes.Count > 0)
            .ToDictionary(a => a.CharityOrgId, a => a.AreaCodes, StringComparer.Ordinal);
}
