using System.Security.Claims;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.Protection;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FunderPortal.Api.Auth;

public static class AuthExtensions
{
    private const string PortalScheme = "Portal";

    private const string CookieScheme = Caller.CookieScheme;

    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder, StartupSettings settings)
    {
        var (auth, portal) = (settings.Auth, settings.Portal);
        // Validated with the settings: in cluster mode development tokens need the shared Auth:DevSigningKey.
        var addresses = ListenAddresses.From(builder.Configuration);
        var devTokens = auth.DevTokensOn(portal.Mode, ListenAddresses.AllLoopback(addresses));
        var issuer = devTokens ? DevTokenIssuer.Create(auth.DevSigningKey, Path.GetFullPath(portal.DataPath)) : null;
        if (issuer is not null)
            builder.Services.AddSingleton(issuer);
        var openIdConnect = !string.IsNullOrEmpty(auth.Authority) && !string.IsNullOrEmpty(auth.ClientId);
        builder.Services.AddHostedService(services => new SignInAnnouncement(
            services.GetRequiredService<ILogger<SignInAnnouncement>>(), auth, devTokens, openIdConnect, addresses));

        // Cookies are encrypted with the portal's one key ring: beside the data, or shared by a cluster's silos.
        builder.AddPortalKeyRing(settings);

        var authentication = builder.Services
            .AddAuthentication(PortalScheme)
            // A bearer token decides for itself (panellist tokens to their handler, others are JWTs); the API takes
            // nothing else; every other request (the pages) is signed in by cookie.
            .AddPolicyScheme(PortalScheme, "Bearer token, or the browser's cookie", options => options.ForwardDefaultSelector = context =>
                PanelTokenHandler.HasPanelToken(context.Request) ? PanelTokenHandler.SchemeName
                : HasBearerToken(context.Request) || context.Request.Path.StartsWithSegments("/api") ? JwtBearerDefaults.AuthenticationScheme
                : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, PanelTokenHandler>(PanelTokenHandler.SchemeName, null)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "funderportal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the person's own request was https (the proxy says so, when trusted); a cluster is
                // always reached over https unless Portal:CookiesOverHttp allows otherwise.
                options.Cookie.SecurePolicy = portal.Mode == PortalMode.Cluster && !portal.CookiesOverHttp
                    ? CookieSecurePolicy.Always
                    : CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/sign-in";
                options.AccessDeniedPath = "/sign-in";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = PanelCookie.ValidateAsync;
                if (openIdConnect)
                    options.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false; // keep "sub" as "sub"
                options.SaveToken = false; // nothing reads the token back from the request's properties
                // A token already found valid is not checked again on every request (RememberedTokens).
                var handlers = options.TokenHandlers.ToList();
                options.TokenHandlers.Clear();
                foreach (var handler in handlers)
                    options.TokenHandlers.Add(new RememberedTokens(handler, TimeProvider.System));
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

        // A cookie already opened is not decrypted again on every page (RememberedTickets); after the framework's own set-up.
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieScheme, options =>
        {
            if (options.TicketDataFormat is { } format and not RememberedTickets)
                options.TicketDataFormat = new RememberedTickets(format, TimeProvider.System);
        });

        // Production browsers sign in at the same authority: authorisation code with PKCE, kept in the cookie above.
        if (openIdConnect)
        {
            authentication.AddOpenIdConnect(options =>
            {
                options.Authority = auth.Authority;
                options.ClientId = auth.ClientId;
                options.ClientSecret = auth.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SignInScheme = CookieScheme;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = JwtRegisteredClaimNames.Sub;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.SaveTokens = false;
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    // The address the provider sends people back to: the portal's public one when set, else the
                    // request's own scheme and host (the proxy's X-Forwarded-Proto already applied).
                    if (!string.IsNullOrEmpty(portal.PublicBaseUrl))
                        context.ProtocolMessage.RedirectUri = portal.PublicBaseUrl.TrimEnd('/') + context.Options.CallbackPath;
                    context.Properties.RedirectUri = LocalReturnUrl.OrHome(context.Properties.RedirectUri);
                    return Task.CompletedTask;
                };
                // Signing out at the authority too (its end-session endpoint), then back to this site's own callback. An
                // authority that offers no end-session endpoint: the portal's cookie is gone, people land on the home page.
                options.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    if (string.IsNullOrEmpty(context.ProtocolMessage.IssuerAddress))
                    {
                        context.Response.Redirect("/");
                        context.HandleResponse();
                        return Task.CompletedTask;
                    }
                    if (!string.IsNullOrEmpty(portal.PublicBaseUrl))
                        context.ProtocolMessage.PostLogoutRedirectUri = portal.PublicBaseUrl.TrimEnd('/') + context.Options.SignedOutCallbackPath;
                    context.ProtocolMessage.ClientId ??= context.Options.ClientId;
                    return Task.CompletedTask;
                };
                // Checked again after the round trip: whatever came back, people land on this site.
                options.Events.OnTicketReceived = context =>
                {
                    context.ReturnUri = LocalReturnUrl.OrHome(context.ReturnUri);
                    return Task.CompletedTask;
                };
            });
        }
        builder.Services.AddAuthorization();
        return builder;
    }

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
