using FunderPortal.Api.Hosting;
using FunderPortal.Http;
using Microsoft.AspNetCore.HttpOverrides;

namespace FunderPortal.Api.Protection;

/// <summary>
/// Behind a proxy: the client's own address and scheme from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, honoured
/// only on requests that arrive from <c>Portal:TrustedProxies</c>. So the rate limit counts each person, not the proxy,
/// and nobody else can pick a bucket by sending the header. HSTS on every https answer.
/// </summary>
public static class ProxyHeaders
{
    public static WebApplicationBuilder AddPortalForwardedHeaders(this WebApplicationBuilder builder, StartupSettings settings)
    {
        var trusted = TrustedProxyList.Parse(settings.Portal.TrustedProxies);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what the operator names is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in trusted.Addresses)
                options.KnownProxies.Add(address);
            foreach (var network in trusted.Networks)
                options.KnownIPNetworks.Add(network);
            // Walk back through every trusted proxy in the chain; the first untrusted address is the client.
            options.ForwardLimit = null;
            options.RequireHeaderSymmetry = false;
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts(); // only on https requests, never for localhost
        return app;
    }
}
