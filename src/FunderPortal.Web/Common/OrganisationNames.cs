using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Web.Common;

/// <summary>
/// The names of the funders a page shows by org-id (a share, a read, a pledge): people expect a name, with the org-id
/// beside it. A funder's name is public (<see cref="IFunderGrain.GetPublicNameAsync"/>); one that is not on the portal
/// has none, and its org-id stands alone.
/// </summary>
public static class OrganisationNames
{
    public static async Task<IReadOnlyDictionary<string, string>> FundersAsync(IGrainFactory grains, IEnumerable<string?> orgIds)
    {
        var distinct = orgIds.OfType<string>().Where(OrgId.IsValid).Distinct(StringComparer.Ordinal).ToList();
        var names = await Task.WhenAll(distinct.Select(id => grains.GetGrain<IFunderGrain>(id).GetPublicNameAsync()));
        return distinct.Zip(names).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!, StringComparer.Ordinal);
    }
}
