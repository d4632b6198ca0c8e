using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

/// <summary>
/// Grants as a 360Giving package. Only organisations appear (recipient and funder, by org-id and name): never
/// participants or anyone's personal data.
/// </summary>
public static class ThreeSixtyGivingMapping
{
    /// <summary>The schema version the package follows.</summary>
    public const string SchemaVersion = "1.4";

    /// <summary>Open data under CC BY 4.0, as 360Giving recommends.</summary>
    public const string License = "https://creativecommons.org/licenses/by/4.0/";

    public const string Currency = "GBP";

    /// <summary>The vocabulary under which each grant's <see cref="GrantType"/> is published as a classification.</summary>
    public const string GrantTypeVocabulary = OpenGrantIds.GrantTypeVocabulary;

    public static ThreeSixtyGivingPackage ToPackage(this OpenGrantsView view)
    {
        var funder = new ThreeSixtyGivingOrganization(view.OrgId, view.Name);
        var programmes = view.Programmes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new ThreeSixtyGivingPackage(
            [.. view.Grants.Select(g => g.ToOpenGrant(view.GrantIdPrefix, funder, programmes, view.AreaCodes?.GetValueOrDefault(g.CharityOrgId)))],
            SchemaVersion,
            License,
            new ThreeSixtyGivingPublisher(view.OrgId, view.Name),
            $"Grants made by {view.Name}",
            view.AsOf);
    }

    /// <summary>
    /// One grant: an imported grant under its own 360Giving id, the portal's own under <c>{prefix}-{id}</c>; where its
    /// beneficiaries are, from the area codes its recipient gives (each an ONS code in the UK).
    /// </summary>
    private static ThreeSixtyGivingGrant ToOpenGrant(this Grant g, string prefix, ThreeSixtyGivingOrganization funder,
        Dictionary<string, Programme> programmes, IReadOnlyList<string>? areaCodes) => new(
        g.OpenGrantId ?? OpenGrantIds.For(prefix, g.Id),
        g.Title,
        g.Description,
        Currency,
        Pounds.FromPence(g.AmountPence),
        g.AwardDate,
        [new ThreeSixtyGivingPlannedDates(g.PlannedStart, g.PlannedEnd)],
        [new ThreeSixtyGivingOrganization(g.CharityOrgId, g.CharityName)],
        [funder],
        [new ThreeSixtyGivingClassification(GrantTypeVocabulary, g.Type.ToString(), Describe(g.Type))],
        g.RecordedAt,
        g.ProgrammeId is { } id && programmes.TryGetValue(id, out var programme) ? [new ThreeSixtyGivingProgramme(programme.Id, programme.Title)] : null,
        areaCodes is { Count: > 0 } ? [.. areaCodes.Select(code => new ThreeSixtyGivingLocation(code, "GB"))] : null);

    private static string Describe(GrantType type) => type switch
    {
        GrantType.Unrestricted => "Unrestricted funding",
        GrantType.Core => "Core funding",
        GrantType.Project => "Project funding",
        GrantType.Development => "Development funding",
        _ => type.ToString(),
    };
}
