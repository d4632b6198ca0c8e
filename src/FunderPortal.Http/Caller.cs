using System.Security.Claims;
using FunderPortal.Common;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FunderPortal.Http;

/// <summary>Who is asking, the same for the JSON API (bearer tokens) and the pages (the browser's cookie).</summary>
public static class Caller
{
    /// <summary>The browser's sign-in: pages read it; the API never does (no cookie-borne writes, so no CSRF there).</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The authenticated caller's subject (the token's <c>sub</c>).</summary>
    public static string Subject(this ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(JwtRegisteredClaimNames.Sub)
            ?? throw new InvalidOperationException("An authenticated request without a subject.");
        // Only a panellist token makes a panel subject: no other token may claim to be a panellist.
        if (PanelSubjects.IsPanelSubject(subject) && user.Identity?.AuthenticationType != PanelTokenHandler.SchemeName)
            throw new ForbiddenException("That subject is reserved for panellist tokens.");
        return subject;
    }

    /// <summary>What any development identity must be, whether it signs in by token or by browser cookie.</summary>
    public static ErrorBag CheckDevelopmentSubject(string? subject)
    {
        var errors = new ErrorBag();
        errors.RequireText("subject", subject, Limits.Subject);
        if (subject is not null && PanelSubjects.IsPanelSubject(subject.Trim()))
            errors.Add("subject", "Subjects starting \"panel:\" are panellists' own; accept a panel invitation instead.");
        return errors;
    }
}
