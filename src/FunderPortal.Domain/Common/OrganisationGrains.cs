using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal;

/// <summary>
/// How the API and the web portal reach an organisation's grain: an org-id (or a link's token) that cannot exist is not
/// found without waking any grain. In the root namespace, so every part of the portal finds it without a using.
/// </summary>
public static class OrganisationGrains
{
    public static ICharityGrain Charity(this IGrainFactory grains, string? orgId) =>
        OrgId.IsValid(orgId) ? GrainReferences.Get<ICharityGrain>(grains, orgId) : throw CharityAccess.NotFound();

    public static IFunderGrain Funder(this IGrainFactory grains, string? orgId) =>
        OrgId.IsValid(orgId) ? GrainReferences.Get<IFunderGrain>(grains, orgId) : throw FunderAccess.NotFound();

    /// <summary>A one-time link's token starts with the charity's org-id (<c>{orgId}.{random}</c>): that charity holds it.</summary>
    public static ICharityGrain CharityFor(this IGrainFactory grains, string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && OrgId.IsValid(token[..dot]) && token.Length - dot > 20
            ? grains.GetGrain<ICharityGrain>(token[..dot])
            : throw CharityDecisions.AttestationNotFound();
    }
}
