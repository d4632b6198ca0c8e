using System.Security.Claims;
using FunderPortal.Api.Hosting;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FunderPortal.Api.Admin;

/// <summary>Who is a platform admin: the subjects listed in <see cref="PortalOptions.Admins"/>.</summary>
public sealed class PlatformAdmins(IOptions<PortalOptions> options)
{
    private readonly HashSet<string> subjects = (options.Value.Admins ?? "")
        .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>A panellist-only token never counts, whatever its subject.</summary>
    public bool IsAdmin(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && user.FindFirstValue(JwtRegisteredClaimNames.Sub) is { } subject
        && !PanelSubjects.IsPanelSubject(subject)
        && subjects.Contains(subject);

    /// <summary>Refuses (403) anyone who is not a platform admin.</summary>
    public void Demand(ClaimsPrincipal user)
    {
        if (!IsAdmin(user))
            throw new ForbiddenException("Only a platform admin may do this.");
    }
}
