using System.Security.Claims;
using FunderPortal.Common;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FunderPortal.Api.Admin;

/// <summary>Whether a signed-in caller is one of the platform admins (<see cref="PlatformAdminList"/>).</summary>
public sealed class PlatformAdmins(PlatformAdminList admins)
{
    public bool IsAdmin(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && admins.Contains(user.FindFirstValue(JwtRegisteredClaimNames.Sub));

    /// <summary>Refuses (403) anyone who is not a platform admin.</summary>
    public void Demand(ClaimsPrincipal user)
    {
        if (!IsAdmin(user))
            throw new ForbiddenException("Only a platform admin may do this.");
    }
}
