using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

// A funder's portfolio: a stream of its own beside the funder's history (see FunderEvent), snapshotted like any
// other, because charities push often. Stored as JSON under these names: rename nothing.

[JsonDerivedType(typeof(PortfolioEntryUpserted), "PortfolioEntryUpserted")]
[JsonDerivedType(typeof(PortfolioEntryRemoved), "PortfolioEntryRemoved")]
[JsonDerivedType(typeof(RecipientAreasNoted), "RecipientAreasNoted")]
public abstract record PortfolioEvent;

public sealed record PortfolioEntryUpserted(PortfolioEntry Entry) : PortfolioEvent;

/// <summary>The charity stopped sharing at its <see cref="Version"/>: older pushes that arrive later are ignored.</summary>
public sealed record PortfolioEntryRemoved(string CharityOrgId, long Version) : PortfolioEvent;

/// <summary>
/// The ONS area codes a charity the funder has granted gives in its profile, as of its <see cref="Version"/> (newest wins),
/// for the <c>beneficiaryLocation</c> of its grants in the funder's 360Giving data.
/// </summary>
public sealed record RecipientAreasNoted(string CharityOrgId, long Version, IReadOnlyList<string> AreaCodes) : PortfolioEvent;
