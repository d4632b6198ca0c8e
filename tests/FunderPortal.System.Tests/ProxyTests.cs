using System.Net;
using System.Net.Sockets;
using FunderPortal.Testing.Services;

namespace FunderPortal.System.Tests;

/// <summary>
/// A real nginx in front of the real host, as an operator runs it. Only the proxy named in Portal__TrustedProxies may
/// say who the client is and that it came over https: each person behind it gets their own rate-limit bucket, and no
/// sender picks one by writing the header itself. Cookies are Secure and HSTS is sent only when the person used https.
/// Each client speaks from its own loopback address (127.0.0.2, 127.0.0.3, …); nginx reaches the portal from 127.0.0.1.
/// </summary>
public sealed class ProxyTests
{
    private const int PermitsPerMinute = 20;

    private static readonly Dictionary<string, string> BehindTheProxy = new(StringComparer.Ordinal)
    {
        ["Portal__TrustedProxies"] = "127.0.0.1",
        ["Portal__RateLimit__PermitsPerMinute"] = $"{PermitsPerMinute}",
    };

    [Fact]
    public async Task EachPersonBehindTheProxyHasTheirOwnBucketAndNobodyChoosesOne()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = deadline.Token;
        await using var sandbox = PortalSandbox.Create(devSigningKey: "system-tests: proxy buckets", BehindTheProxy);
        var portal = await sandbox.StartAsync(ct);
        await using var nginx = await NginxInstance.StartAsync(portal.BaseAddress, https: false);
        using var ann = ClientFrom("127.0.0.2", nginx.BaseAddress);
        using var bob = ClientFrom("127.0.0.3", nginx.BaseAddress);
        using var direct = ClientFrom("127.0.0.4", portal.BaseAddress);

        // Ann (anonymous, through the proxy) uses up her own minute.
        var annAnswers = await SendAsync(ann, PermitsPerMinute + 5, forwardedFor: null, ct);
        Assert.Equal(PermitsPerMinute, annAnswers.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, annAnswers[^1]);

        // Bob, behind the same proxy, is not locked out: the sign-in page and the API still answer him.
        Assert.Equal([HttpStatusCode.OK], await SendAsync(bob, 1, forwardedFor: null, ct));
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("api/v1/vocabulary", ct)).StatusCode);

        // Ann writing her own X-Forwarded-For gains nothing: nginx appends her real address, the rightmost untrusted one.
        Assert.Equal([HttpStatusCode.TooManyRequests], await SendAsync(ann, 1, forwardedFor: "203.0.113.9", ct));

        // Someone reaching the portal directly is not a trusted proxy: the header is ignored, before and after the limit.
        var directAnswers = await SendAsync(direct, PermitsPerMinute, forwardedFor: "127.0.0.3", ct);
        Assert.All(directAnswers, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal([HttpStatusCode.TooManyRequests], await SendAsync(direct, 1, forwardedFor: "198.51.100.7", ct));
        Assert.Equal([HttpStatusCode.OK], await SendAsync(bob, 1, forwardedFor: null, ct));
    }

    [Fact]
    public async Task CookiesAreSecureAndHstsIsSentOnlyWhenThePersonCameOverHttps()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = deadline.Token;
        await using var sandbox = PortalSandbox.Create(devSigningKey: "system-tests: proxy https", BehindTheProxy);
        var portal = await sandbox.StartAsync(ct);
        await using var tls = await NginxInstance.StartAsync(portal.BaseAddress, https: true);
        await using var plain = await NginxInstance.StartAsync(portal.BaseAddress, https: false);
        using var overHttps = ClientFrom("127.0.0.2", tls.BaseAddress, tls.CertificateHash);
        using var overHttp = ClientFrom("127.0.0.3", plain.BaseAddress);
        using var direct = ClientFrom("127.0.0.4", portal.BaseAddress);

        var secure = await SignInAsync(overHttps, claimHttps: false, ct);
        var notSecure = await SignInAsync(overHttp, claimHttps: false, ct);
        var forged = await SignInAsync(direct, claimHttps: true, ct);

        Assert.Contains("; secure", secure.Cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", secure.Hsts, StringComparison.Ordinal);
        Assert.DoesNotContain("; secure", notSecure.Cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(notSecure.Hsts);
        Assert.DoesNotContain("; secure", forged.Cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(forged.Hsts);
        Assert.Contains("Sign-in: DEVELOPMENT", portal.Output(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenIdConnectSendsPeopleBackToTheAddressTheyUsed()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = deadline.Token;
        // The provider: its discovery document and keys, over https with a certificate the portal is told to trust.
        await using var provider = await NginxInstance.StartAsync(upstream: null, https: true, address => new Dictionary<string, string>
        {
            ["/.well-known/openid-configuration"] = $$"""
                {"issuer":"{{address}}","authorization_endpoint":"{{address}}authorize","token_endpoint":"{{address}}token","jwks_uri":"{{address}}jwks","response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
                """.Trim(),
            ["/jwks"] = """{"keys":[]}""",
        });
        await using var sandbox = PortalSandbox.Create(devSigningKey: null, new Dictionary<string, string>(BehindTheProxy)
        {
            ["Auth__DevTokens"] = "false",
            ["Auth__Authority"] = provider.BaseAddress.ToString(),
            ["Auth__ClientId"] = "funderportal",
            ["SSL_CERT_FILE"] = provider.CertificateFile,
        });
        var portal = await sandbox.StartAsync(ct);
        await using var tls = await NginxInstance.StartAsync(portal.BaseAddress, https: true);
        using var overHttps = ClientFrom("127.0.0.2", tls.BaseAddress, tls.CertificateHash);
        using var direct = ClientFrom("127.0.0.4", portal.BaseAddress);

        var returned = await ReturnAddressAsync(overHttps, claimHttps: false, ct);
        var forged = await ReturnAddressAsync(direct, claimHttps: true, ct);

        Assert.Equal("https://portal.test/signin-oidc", returned);
        Assert.Equal("http://portal.test/signin-oidc", forged);
        Assert.Contains("Sign-in: OpenID Connect at", portal.Output(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await direct.GetAsync("dev/sign-in?subject=alice", ct)).StatusCode);
    }

    /// <summary>The <c>redirect_uri</c> the portal gives the provider when a person starts signing in.</summary>
    private static async Task<string?> ReturnAddressAsync(HttpClient client, bool claimHttps, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "sign-in/challenge?returnUrl=%2F%09%2Fevil.example");
        request.Headers.Host = "portal.test";
        if (claimHttps)
            request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location ?? throw new InvalidOperationException("No Location.");
        Assert.EndsWith("/authorize", location.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
        return global::System.Web.HttpUtility.ParseQueryString(location.Query)["redirect_uri"];
    }

    /// <summary>Anonymous requests for the sign-in page, each with <paramref name="forwardedFor"/> when given.</summary>
    private static async Task<List<HttpStatusCode>> SendAsync(HttpClient client, int count, string? forwardedFor, CancellationToken ct)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "sign-in");
            if (forwardedFor is not null)
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request, ct);
            answers.Add(response.StatusCode);
        }
        return answers;
    }

    /// <summary>Development sign-in on a host name that HSTS applies to (never localhost); the cookie and HSTS answered.</summary>
    private static async Task<(string Cookie, string? Hsts)> SignInAsync(HttpClient client, bool claimHttps, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "dev/sign-in?subject=alice");
        request.Headers.Host = "portal.test";
        if (claimHttps)
            request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("funderportal=", StringComparison.Ordinal));
        return (cookie, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null);
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (any 127.x address is this machine's).</summary>
    private static HttpClient ClientFrom(string source, Uri baseAddress, string? certificateHash = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        // The proxy's certificate is made up for the test: that one, and only it, is accepted.
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificateHash is not null && certificate.GetCertHashString() == certificateHash;
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
    }
}
