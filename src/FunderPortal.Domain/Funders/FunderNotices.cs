using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>The pure rule of which grants a funder notes with their charity: those whose charity has an org-id (it may be on the portal).</summary>
public static class FunderNotices
{
    public static IEnumerable<Grant> GrantNotes(IEnumerable<Grant> grants) => grants.Where(g => OrgId.IsValid(g.CharityOrgId));
}
