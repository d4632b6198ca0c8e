using FunderPortal.Common;

namespace FunderPortal.GrantImports;

/// <summary>
/// Invitations for the charities an import names that are not on the portal. Anyone may register a charity by its org-id
/// (the portal's rule already), so an invitation holds no secret: it is the registration page filled in with the charity's
/// org-id and name, which after registering leads on to sharing its journey with the funder. The same file gives the same
/// links every time.
/// </summary>
public static class GrantImportInvitations
{
    /// <summary>
    /// One invitation per charity (in the order the file first names it, by the name it first gives) among the rows
    /// imported or already there, for recipients with a portal org-id (a 360G- identifier cannot be registered) that
    /// are not on the portal.
    /// </summary>
    public static IReadOnlyList<GrantImportInvitation> For(IEnumerable<GrantImportRowView> rows, Func<string, bool> isOnPortal, string funderOrgId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<GrantImportInvitation> invitations = [];
        foreach (var row in rows)
        {
            if (row.Outcome == GrantRowOutcome.Refused || row.CharityOrgId is not { } orgId || !OrgId.IsValid(orgId) || isOnPortal(orgId) || !seen.Add(orgId))
                continue;
            var name = row.CharityName ?? orgId;
            invitations.Add(new GrantImportInvitation(orgId, name, PathFor(orgId, name, funderOrgId), Emailed: false));
        }
        return invitations;
    }

    /// <summary>The registration page, filled in, that leads on to sharing with <paramref name="funderOrgId"/>.</summary>
    public static string PathFor(string charityOrgId, string name, string funderOrgId) =>
        $"/charities/new?orgId={Uri.EscapeDataString(charityOrgId)}&name={Uri.EscapeDataString(name)}&invitedBy={Uri.EscapeDataString(funderOrgId)}";
}
