using System.ComponentModel;
using System.Text.Json.Serialization;

namespace FunderPortal.Api.Funders;

// The 360Giving Data Standard's JSON package (schema 1.4), as much of it as the portal knows. Field names are
// the standard's; optional ones are left out when unknown rather than written as null.

[Description("A 360Giving data package: the funder's grants as open data.")]
public sealed record ThreeSixtyGivingPackage(
    IReadOnlyList<ThreeSixtyGivingGrant> Grants,
    [property: Description("The 360Giving schema version, major.minor.")] string Version,
    [property: Description("The canonical URI of the licence of this data.")] string License,
    ThreeSixtyGivingPublisher Publisher,
    string Title,
    [property: Description("When this package was made.")] DateTimeOffset Issued);

public sealed record ThreeSixtyGivingPublisher(
    [property: Description("The publisher's org-id.")] string Identifier,
    string Name);

public sealed record ThreeSixtyGivingGrant(
    [property: Description("{grantIdPrefix}-{grantId}, or the grant's own 360Giving id when it was imported.")] string Id,
    string Title,
    string Description,
    string Currency,
    [property: Description("Pounds, converted exactly from whole pence.")] decimal AmountAwarded,
    DateOnly AwardDate,
    IReadOnlyList<ThreeSixtyGivingPlannedDates> PlannedDates,
    IReadOnlyList<ThreeSixtyGivingOrganization> RecipientOrganization,
    IReadOnlyList<ThreeSixtyGivingOrganization> FundingOrganization,
    IReadOnlyList<ThreeSixtyGivingClassification> Classifications,
    DateTimeOffset DateModified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("The funder's programme, when the grant belongs to one.")]
    IReadOnlyList<ThreeSixtyGivingProgramme>? GrantProgramme = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("Where the beneficiaries are: the ONS area codes the recipient gives in its profile.")]
    IReadOnlyList<ThreeSixtyGivingLocation>? BeneficiaryLocation = null);

public sealed record ThreeSixtyGivingPlannedDates(DateOnly StartDate, DateOnly EndDate);

public sealed record ThreeSixtyGivingOrganization([property: Description("Org-id.")] string Id, string Name);

public sealed record ThreeSixtyGivingProgramme(string Code, string Title);

public sealed record ThreeSixtyGivingClassification(string Vocabulary, string Code, string Title);

public sealed record ThreeSixtyGivingLocation(
    [property: Description("An ONS GSS code, e.g. E06000014.")] string GeoCode,
    [property: Description("ISO 3166-1 alpha-2: GB.")] string CountryCode);
