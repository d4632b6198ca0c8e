using FunderPortal.Common;

namespace FunderPortal.Funders;

// What the funder grain answers with. Immutable snapshots of state, safe to pass between grains.

[GenerateSerializer, Immutable, Alias("FunderPortal.FunderProfile")]
public sealed record FunderProfile(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] FunderType? FunderType,
    [property: Id(3)] string? GrantIdPrefix,
    [property: Id(4)] IReadOnlyList<Programme> Programmes,
    [property: Id(5)] DateTimeOffset RegisteredAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] long Version,
    [property: Id(8)] MemberRole YourRole,
    [property: Id(9)] Verification? Verification,
    [property: Id(10)] bool Publishes360Giving = false);

/// <summary>
/// Everything a 360Giving package of the funder's grants is made from; never participants' data. <see cref="AreaCodes"/>:
/// the ONS area codes each recipient charity gives in its profile, by org-id (where its beneficiaries are).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.OpenGrantsView")]
public sealed record OpenGrantsView(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] string GrantIdPrefix,
    [property: Id(3)] IReadOnlyList<Grant> Grants,
    [property: Id(4)] IReadOnlyList<Programme> Programmes,
    [property: Id(5)] DateTimeOffset AsOf,
    [property: Id(6)] IReadOnlyDictionary<string, IReadOnlyList<string>>? AreaCodes = null);
