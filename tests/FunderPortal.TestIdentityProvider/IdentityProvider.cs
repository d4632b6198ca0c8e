using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FunderPortal.Testing;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FunderPortal.TestIdentityProvider;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) for the tests, on a free loopback port over https with a throwaway
/// self-signed certificate: authorization (code flow, PKCE required), token, end-session, userinfo, discovery and keys.
/// People sign in on a small form (<see cref="UserName"/> with <see cref="Password"/>); the session is a cookie at the
/// provider, which end-session ends. Clients: <see cref="PortalClientId"/> (the portal's browsers) and
/// <see cref="ApiTestClientId"/> (the password grant, for API tests). Access tokens are JWTs for <see cref="Audience"/>,
/// signed with <see cref="SigningKey"/>, which the tests hold so they can make tokens the API must refuse.
/// </summary>
public sealed class IdentityProvider : IAsyncDisposable
{
    public const string UserName = "sso-alice";
    public const string Password = "correct horse battery staple";
    public const string PortalClientId = "funderportal";
    public const string PortalClientSecret = "funderportal-test-secret";
    public const string ApiTestClientId = "funderportal-api-tests";
    public const string ApiTestClientSecret = "funderportal-api-tests-secret";
    public const string Audience = "funderportal-api";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly RSA _rsa;
    private readonly ConcurrentQueue<string> _log;

    private IdentityProvider(WebApplication app, string folder, RSA rsa, RsaSecurityKey signingKey, Uri baseAddress, string certificateHash, ConcurrentQueue<string> log)
    {
        CertificateHash = certificateHash;
        _app = app;
        _folder = folder;
        _rsa = rsa;
        _log = log;
        SigningKey = signingKey;
        BaseAddress = baseAddress;
    }

    /// <summary>The issuer: <c>https://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The key that signs every token the provider issues (its key id is published in its key set).</summary>
    public RsaSecurityKey SigningKey { get; }

    /// <summary>The SHA-1 hash of the provider's certificate, the one a test's own client should accept.</summary>
    public string CertificateHash { get; }

    /// <summary>The provider's certificate as a PEM file, for a process that should trust it (<c>SSL_CERT_FILE</c>).</summary>
    public string CertificateFile => Path.Combine(_folder, "provider.crt");

    /// <summary>
    /// Starts the provider with the portal at <paramref name="portal"/> as its client: people are sent back to
    /// <c>{portal}signin-oidc</c> and, after signing out, to <c>{portal}signout-callback-oidc</c>.
    /// </summary>
    public static async Task<IdentityProvider> StartAsync(Uri portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var folder = Path.Combine(Path.GetTempPath(), $"funderportal-idp-{Guid.NewGuid():n}");
        Directory.CreateDirectory(folder);
        var port = FreePorts.Take(1)[0];
        var baseAddress = new Uri($"https://127.0.0.1:{port}/");
        var certificate = SelfSignedCertificate(Path.Combine(folder, "provider.crt"));
        var rsa = RSA.Create(2048);
        var signingKey = new RsaSecurityKey(rsa) { KeyId = $"funderportal-tests-{Guid.NewGuid():n}" };
        var log = new ConcurrentQueue<string>();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new QueueLoggerProvider(log));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        var database = $"provider-{Guid.NewGuid():n}";
        builder.Services.AddDbContext<ProviderDbContext>(options =>
        {
            options.UseInMemoryDatabase(database);
            options.UseOpenIddict();
        });
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "test-provider";
                options.LoginPath = "/login";
            });
        builder.Services.AddAuthorization();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(baseAddress)
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowPasswordFlow()
                    .RegisterScopes(Scopes.OpenId, Scopes.Profile)
                    .AddSigningKey(signingKey)
                    .AddEphemeralEncryptionKey()
                    .DisableAccessTokenEncryption()
                    .UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            });

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/login", LoginForm);
        app.MapPost("/login", (Delegate)LoginAsync).DisableAntiforgery();
        app.MapGet("/connect/authorize", (Delegate)AuthorizeAsync);
        app.MapPost("/connect/token", (Delegate)TokenAsync);
        app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync);
        app.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfoAsync);

        await RegisterClientsAsync(app.Services, portal);
        var provider = new IdentityProvider(app, folder, rsa, signingKey, baseAddress, certificate.GetCertHashString(), log);
        try
        {
            await app.StartAsync();
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the provider logged, for a failing test's message.</summary>
    public string Output() => string.Join(Environment.NewLine, _log);

    /// <summary>
    /// A JWT access token signed with the provider's own key, shaped like the ones it issues, with the given issuer,
    /// audience and lifetime (the tests' tokens the API must refuse, and one it must accept).
    /// </summary>
    public string MintAccessToken(string subject, string issuer, string audience, DateTime notBefore, DateTime expires, SecurityKey? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim(Claims.Subject, subject)]),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in the temporary folder.
        }
    }

    private static async Task RegisterClientsAsync(IServiceProvider services, Uri portal)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = PortalClientId,
            ClientSecret = PortalClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "FunderPortal",
            RedirectUris = { new Uri(portal, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(portal, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ApiTestClientId,
            ClientSecret = ApiTestClientSecret,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.Password },
        });
    }

    private static IResult LoginForm(string? returnUrl) => Results.Content($$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Test provider – sign in</title></head>
        <body>
        <main>
        <h1>Test provider</h1>
        <form method="post" action="/login">
        <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl ?? "/")}}">
        <p><label for="username">User name</label> <input id="username" name="username" autocomplete="username"></p>
        <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
        <p><button type="submit">Sign in at the provider</button></p>
        </form>
        </main>
        </body>
        </html>
        """, "text/html; charset=utf-8");

    private static async Task<IResult> LoginAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (form["username"] != UserName || form["password"] != Password)
            return Results.Redirect($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var identity = new ClaimsIdentity([new Claim(Claims.Subject, UserName), new Claim(Claims.Name, UserName)],
            CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded || session.Principal.FindFirst(Claims.Subject)?.Value is not { } subject)
        {
            var here = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return Results.Challenge(new AuthenticationProperties { RedirectUri = here }, [CookieAuthenticationDefaults.AuthenticationScheme]);
        }
        return SignedIn(subject, request.GetScopes());
    }

    private static async Task<IResult> TokenAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsAuthorizationCodeGrantType())
        {
            var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            if (code.Principal?.GetClaim(Claims.Subject) is not { } subject)
                return Refused("The authorization code is no longer valid.");
            return SignedIn(subject, code.Principal.GetScopes());
        }
        if (request.IsPasswordGrantType())
        {
            if (request.Username != UserName || request.Password != Password)
                return Refused("Wrong user name or password.");
            return SignedIn(UserName, request.GetScopes());
        }
        return Refused("This grant is not offered.", Errors.UnsupportedGrantType);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        // Back to the client's post_logout_redirect_uri when it gave a registered one.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (token.Principal?.GetClaim(Claims.Subject) is not { } subject)
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        return Results.Json(new Dictionary<string, string> { [Claims.Subject] = subject, [Claims.Name] = subject });
    }

    /// <summary>The person, with <c>sub</c> and <c>name</c> in both tokens and the API as the access token's audience.</summary>
    private static IResult SignedIn(string subject, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, subject);
        identity.SetScopes(scopes);
        identity.SetAudiences(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refused(string description, string error = Errors.InvalidGrant) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>A certificate for 127.0.0.1 valid for two days; its PEM written to <paramref name="pemFile"/>.</summary>
    private static X509Certificate2 SelfSignedCertificate(string pemFile)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(pemFile, certificate.ExportCertificatePem());
        // Round-tripped through PKCS#12 so Kestrel gets a certificate whose private key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(log, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            log.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : $" {exception}")}");
            while (log.Count > 300 && log.TryDequeue(out _))
            {
            }
        }
    }
}
