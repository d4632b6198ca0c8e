using FunderPortal.TestIdentityProvider;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A real OpenID Connect provider (<see cref="IdentityProvider"/>, over https on loopback) and a portal that signs
/// people in there and accepts its access tokens, as an operator sets it up: <c>Auth__Authority</c>,
/// <c>Auth__Audience</c>, <c>Auth__ClientId</c> and <c>Auth__ClientSecret</c>, development sign-in off. The portal
/// trusts the provider's throwaway certificate through <c>SSL_CERT_FILE</c>, so https metadata stays required.
/// </summary>
public sealed class SingleSignOnFixture : IAsyncLifetime
{
    public IdentityProvider Provider { get; private set; } = default!;

    public PortalHost Portal { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Plain http on 127.0.0.1 like the other hosts: Chromium treats loopback as a secure context and keeps the OpenID
        // Connect handler's Secure, SameSite=None correlation and nonce cookies there (localhost works as well).
        var portalAddress = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}/");
        Provider = await IdentityProvider.StartAsync(portalAddress);
        Portal = await PortalHost.StartAsync(portalAddress, new Dictionary<string, string>
        {
            ["Auth__Authority"] = Provider.BaseAddress.ToString(),
            ["Auth__Audience"] = IdentityProvider.Audience,
            ["Auth__ClientId"] = IdentityProvider.PortalClientId,
            ["Auth__ClientSecret"] = IdentityProvider.PortalClientSecret,
            ["SSL_CERT_FILE"] = Provider.CertificateFile,
        });
    }

    public async Task DisposeAsync()
    {
        if (Portal is not null)
            await Portal.DisposeAsync();
        if (Provider is not null)
            await Provider.DisposeAsync();
    }

    /// <summary>A client of the provider itself that accepts its certificate (and no other).</summary>
    public HttpClient ProviderClient() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            string.Equals(certificate?.GetCertHashString(), Provider.CertificateHash, StringComparison.OrdinalIgnoreCase),
    })
    { BaseAddress = Provider.BaseAddress };
}
