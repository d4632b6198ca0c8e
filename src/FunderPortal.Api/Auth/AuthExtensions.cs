using System.Security.Claims;
using FunderPortal.Api.Hosting;
using FunderPortal.Common;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FunderPortal.Api.Auth;

public static class AuthExtensions
{
    private const string PortalScheme = "Portal";

    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(PortalAuthOptions.Section).Get<PortalAuthOptions>() ?? new PortalAuthOptions();
        var portal = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var devTokens = auth.DevTokens ?? (portal.Mode == PortalMode.Embedded && string.IsNullOrEmpty(auth.Authority));
        if (devTokens && portal.Mode == PortalMode.Cluster && string.IsNullOrEmpty(auth.DevSigningKey))
            throw new InvalidOperationException("Auth:DevTokens in cluster mode needs Auth:DevSigningKey, the same on every silo, so each accepts the others' tokens.");
        var issuer = devTokens ? DevTokenIssuer.Create(auth.DevSigningKey, Path.GetFullPath(portal.DataPath)) : null;
        if (issuer is not null)
            builder.Services.AddSingleton(issuer);

        builder.Services
            .AddAuthentication(PortalScheme)
            // Panellist-only tokens go to their own handler; every other bearer token is a JWT.
            .AddPolicyScheme(PortalScheme, "JWT or panellist token", options => options.ForwardDefaultSelector = context =>
                PanelTokenHandler.HasPanelToken(context.Request) ? PanelTokenHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, PanelTokenHandler>(PanelTokenHandler.SchemeName, null)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false; // keep "sub" as "sub"
                if (issuer is not null)
                {
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = DevTokenIssuer.Issuer,
                        ValidAudience = DevTokenIssuer.Audience,
                        IssuerSigningKey = issuer.Key,
                        NameClaimType = JwtRegisteredClaimNames.Sub,
                    };
                }
                else
                {
                    options.Authority = auth.Authority;
                    options.Audience = auth.Audience;
                    options.TokenValidationParameters.NameClaimType = JwtRegisteredClaimNames.Sub;
                }
            });
        builder.Services.AddAuthorization();
        return builder;
    }

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
}
