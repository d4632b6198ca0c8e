using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace FunderPortal.Cluster.Tests;

/// <summary>
/// One key ring for the whole cluster: two real silos, each with its own home folder as on separate machines, share
/// sign-in cookies and antiforgery tokens through PostgreSQL, after both restart too; the keys there are encrypted.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class KeyRingTests(ClusterServices services)
{
    [Fact]
    public async Task ASignInThroughOneSiloHoldsOnTheOtherAndAfterBothRestartAndAFormCrossesBetweenThem()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        var ct = deadline.Token;
        await using var cluster = await TestCluster.StartAsync(services, silos: 2, ct);
        var browser = new CookieJar();
        using var first = Client(cluster.Addresses[0]);
        using var second = Client(cluster.Addresses[1]);

        using (var signIn = await browser.SendAsync(first, new HttpRequestMessage(HttpMethod.Get, "dev/sign-in?subject=kay"), ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            // A cluster is reached over https: its sign-in cookie is Secure even on this plain-http test address.
            var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("funderportal=", StringComparison.Ordinal));
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("kay", await SignedInAsAsync(browser, second, ct));

        await cluster[0].StopAsync();
        await cluster[1].StopAsync();
        await Task.WhenAll(cluster.StartSiloAsync(0, ct), cluster.StartSiloAsync(1, ct));
        Assert.Equal("kay", await SignedInAsAsync(browser, first, ct));
        Assert.Equal("kay", await SignedInAsAsync(browser, second, ct));

        // The sign-out form as the first silo renders it (its antiforgery token), posted to the second.
        var page = await PageAsync(browser, first, ct);
        var token = AntiforgeryToken().Match(page).Groups["token"].Value;
        Assert.False(string.IsNullOrEmpty(token), "The page carries no antiforgery token.");
        using (var signOut = await browser.SendAsync(second, new HttpRequestMessage(HttpMethod.Post, "sign-out")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        }, ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }
        Assert.Null(await SignedInAsAsync(browser, first, ct));

        // Nothing was kept in either silo's home folder; the ring in the database is encrypted.
        Assert.All([cluster.HomeOf(0), cluster.HomeOf(1)], home => Assert.False(Directory.Exists(Path.Combine(home, ".aspnet", "DataProtection-Keys"))));
        var stored = await StoredKeysAsync(services.Postgres.ConnectionString(cluster.Database), ct);
        Assert.Single(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    private static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };

    private static async Task<string> PageAsync(CookieJar browser, HttpClient silo, CancellationToken ct)
    {
        using var response = await browser.SendAsync(silo, new HttpRequestMessage(HttpMethod.Get, "/"), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>Who the home page says is signed in, or null.</summary>
    private static async Task<string?> SignedInAsAsync(CookieJar browser, HttpClient silo, CancellationToken ct) =>
        SignedInAs().Match(await PageAsync(browser, silo, ct)) is { Success: true } match ? match.Groups["who"].Value : null;

    private static async Task<List<string>> StoredKeysAsync(string connectionString, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT xml FROM data_protection_keys");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(ct))
            keys.Add(reader.GetString(0));
        return keys;
    }

    [GeneratedRegex("Signed in as <strong>(?<who>[^<]+)</strong>")]
    private static partial Regex SignedInAs();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>
    /// A browser's cookies by hand: cluster mode marks the sign-in cookie Secure, which HttpClient's own container would
    /// never send over the tests' plain http, though browsers do on a secure context.
    /// </summary>
    private sealed class CookieJar
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken ct)
        {
            if (_cookies.Count > 0)
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await client.SendAsync(request, ct);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0];
                var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (string.IsNullOrEmpty(value) || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    _cookies.Remove(name);
                else
                    _cookies[name] = value;
            }
            return response;
        }
    }
}
