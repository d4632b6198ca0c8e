using FunderPortal.Common;
using FunderPortal.GrantImports;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    /// <summary>Where a grant imported from a 360Giving file is kept by its identifier, so the same grant is never recorded twice.</summary>
    public static string ImportedSource(string openGrantId) => $"360giving/{openGrantId}";

    /// <summary>
    /// An import asked for (once: a retry of the request that asked finds it). The file is the one the editor sent, kept
    /// in the attachment store; only the import grain reads it.
    /// </summary>
    public static IReadOnlyList<FunderEvent> QueueGrantImport(FunderState state, string importId, string fileId, string fileName,
        GrantImportFormat format, bool dryRun, string subject)
    {
        if (state.FindGrantImport(importId) is not null)
            return [];
        return [new GrantImportQueued(importId, fileId, fileName, format, dryRun, subject)];
    }

    /// <summary>
    /// A batch of rows that passed their own rules (<see cref="GrantImportRules.Check"/>), decided against the funder: a
    /// grant whose 360Giving identifier is here already is <see cref="GrantRowOutcome.Unchanged"/> when it says the same
    /// (so importing a file twice changes nothing; the portal's own grants count by their published
    /// <c>{grantIdPrefix}-{id}</c>), refused when it says otherwise (the grant is left as it is), and counted as new again
    /// when this same import recorded it (a batch done again after a restart). Every other row is recorded under the
    /// funder's next running number, keeping its identifier; a programme named by the file that the funder does not have
    /// is added (found later by its title). Recipients in <paramref name="recipientsOnPortal"/> are told of their grant.
    /// A dry run decides alike and records nothing.
    /// </summary>
    public static (IReadOnlyList<FunderEvent> Events, IReadOnlyList<GrantRowResult> Results) ImportGrants(
        FunderState state, string importId, IReadOnlyList<ImportedGrant> grants, IReadOnlySet<string> recipientsOnPortal, bool dryRun)
    {
        List<FunderEvent> events = [];
        List<GrantRowResult> results = [];
        var newIds = new HashSet<string>(StringComparer.Ordinal);
        var newOpenIds = new HashSet<string>(StringComparer.Ordinal);
        var newProgrammes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in grants)
        {
            if (newOpenIds.Contains(g.OpenGrantId))
            {
                results.Add(new(g.Row, GrantRowOutcome.Refused, null, "The same identifier as an earlier row: each grant is imported once."));
                continue;
            }
            var programme = FindProgramme(state, g, newProgrammes);
            if (FindImported(state, g.OpenGrantId) is { } existing)
            {
                results.Add(existing.ImportId == importId ? new(g.Row, GrantRowOutcome.New, existing.Id, null)
                    : Differences(existing, g, programme.Id) is { Count: > 0 } differences
                        ? new(g.Row, GrantRowOutcome.Refused, existing.Id,
                            $"Already in the portal as grant {existing.Id} with another {string.Join(", ", differences)}; it was left as it is.")
                        : new(g.Row, GrantRowOutcome.Unchanged, existing.Id, null));
                continue;
            }
            if (state.Grants.Count + newIds.Count >= FunderLimits.MaxGrants)
            {
                results.Add(new(g.Row, GrantRowOutcome.Refused, null, $"A funder can record at most {FunderLimits.MaxGrants:N0} grants."));
                continue;
            }
            if (programme is { Id: { } programmeId, IsNew: true } && !newProgrammes.ContainsValue(programmeId))
            {
                if (state.Programmes.Count + newProgrammes.Count >= FunderLimits.MaxProgrammes)
                {
                    results.Add(new(g.Row, GrantRowOutcome.Refused, null,
                        $"Its programme \"{g.ProgrammeTitle}\" is new, and a funder can have at most {FunderLimits.MaxProgrammes} programmes."));
                    continue;
                }
                newProgrammes[g.ProgrammeTitle!] = programmeId;
                events.Add(new ProgrammeAdded(programmeId, g.ProgrammeTitle!, null));
            }
            var id = NextFreeGrantId(state, newIds, newOpenIds);
            newIds.Add(id);
            newOpenIds.Add(g.OpenGrantId);
            events.Add(new GrantRecorded(id, g.CharityOrgId, g.CharityName, g.Title, g.Description, g.AmountPence, g.AwardDate,
                g.PlannedStart, g.PlannedEnd, g.Type, programme.Id, [], [], ImportedSource(g.OpenGrantId), g.OpenGrantId, importId,
                recipientsOnPortal.Contains(g.CharityOrgId)));
            results.Add(new(g.Row, GrantRowOutcome.New, dryRun ? null : id, null));
        }
        return (dryRun ? [] : events, results);
    }

    /// <summary>
    /// The grant published under <paramref name="openGrantId"/>: one imported with it, or one of the portal's own whose
    /// <c>{grantIdPrefix}-{id}</c> it is (a file the portal exported, coming back).
    /// </summary>
    public static Grant? FindImported(FunderState state, string openGrantId)
    {
        if (state.GrantIdsBySource.TryGetValue(ImportedSource(openGrantId), out var id))
            return state.FindGrant(id);
        return state.GrantIdPrefix is { } prefix && openGrantId.Length > prefix.Length + 1
            && openGrantId.StartsWith(prefix + "-", StringComparison.Ordinal)
            && state.FindGrant(openGrantId[(prefix.Length + 1)..]) is { OpenGrantId: null } own
            ? own
            : null;
    }

    /// <summary>
    /// The programme a row names: the funder's programme whose id is its code or whose title is its title (whatever the
    /// case), one this batch adds, or a new one whose id is made from the funder and the title (so a retry, or another
    /// file naming it, finds the same). None when the row names none.
    /// </summary>
    private static (string? Id, bool IsNew) FindProgramme(FunderState state, ImportedGrant g, Dictionary<string, string> added)
    {
        if (g.ProgrammeCode is { } code && state.FindProgramme(code) is { } byCode)
            return (byCode.Id, false);
        if (g.ProgrammeTitle is not { } title)
            return (null, false);
        if (state.Programmes.Find(p => p.Title.Equals(title, StringComparison.OrdinalIgnoreCase)) is { } byTitle)
            return (byTitle.Id, false);
        if (added.TryGetValue(title, out var addedId))
            return (addedId, true);
        var id = Ids.For("programme", $"{state.OrgId}\n{title.ToUpperInvariant()}");
        return state.FindProgramme(id) is { } renamed ? (renamed.Id, false) : (id, true);
    }

    /// <summary>What a row says otherwise than the grant already recorded, in words (none: the same grant).</summary>
    private static List<string> Differences(Grant existing, ImportedGrant g, string? programmeId)
    {
        List<string> differences = [];
        void Differs(bool differs, string what)
        {
            if (differs)
                differences.Add(what);
        }
        Differs(existing.CharityOrgId != g.CharityOrgId, "recipient");
        Differs(existing.CharityName != g.CharityName, "recipient name");
        Differs(existing.Title != g.Title, "title");
        Differs(existing.Description != g.Description, "description");
        Differs(existing.AmountPence != g.AmountPence, "amount");
        Differs(existing.AwardDate != g.AwardDate, "award date");
        Differs(existing.PlannedStart != g.PlannedStart || existing.PlannedEnd != g.PlannedEnd, "planned dates");
        Differs(existing.Type != g.Type, "grant type");
        Differs(existing.ProgrammeId != programmeId, "programme");
        return differences;
    }

    /// <summary>
    /// Opting in to publish the funder's grants at its public 360Giving address, or out again. Publishing needs the
    /// funder's 360Giving prefix (its own grants are published under it).
    /// </summary>
    public static IReadOnlyList<FunderEvent> SetPublication(FunderState state, bool publish)
    {
        if (publish == state.Publishes360Giving)
            return [];
        if (publish && state.GrantIdPrefix is null)
            throw new ConflictException("Set the funder's grantIdPrefix (the prefix 360Giving issued you, e.g. 360G-hopetrust) before publishing grants.");
        return [new ThreeSixtyGivingPublicationChanged(publish)];
    }
}
