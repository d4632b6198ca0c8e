using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FunderPortal.Api.Tests.Contract;
using FunderPortal.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>The real host (silo, SQLite file, JWT) in memory; clients act as a given subject.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"funderportal-api-{Guid.NewGuid():n}");

    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Where this portal keeps its SQLite event store.</summary>
    public string DatabasePath => Path.Combine(_dataPath, "funderportal.db");

    /// <summary>Where mail is written as .eml files when no SMTP server is set.</summary>
    public string MailOutbox => Path.Combine(_dataPath, "mail", "outbox");

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Services of a test's own portal (set before its first request), e.g. a fault in a grain call.</summary>
    public PortalFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>A setting for a portal of a test's own (set before its first request).</summary>
    public PortalFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:DataPath", _dataPath);
        // No gateway port: the default opens none.
        builder.UseSetting("Orleans:SiloPort", FreePorts.Take(1)[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Auth:DevTokens", "true");
        builder.UseSetting("Auth:DevSigningKey", "api-tests");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            foreach (var configure in _services)
                configure(services);
        });
    }

    /// <summary>
    /// A client that keeps cookies and follows redirects (as the framework's own), whose API traffic is checked
    /// against the checked-in contract (<see cref="ContractCheckingHandler"/>). Every client of these tests is one.
    /// </summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options) => CreateClient(options, checkRequests: true);

    /// <summary>With <paramref name="checkRequests"/> false, only answers are checked: for tests that send bad bodies on purpose.</summary>
    public HttpClient CreateClient(WebApplicationFactoryClientOptions options, bool checkRequests)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        if (options.HandleCookies)
            handlers.Add(new CookieContainerHandler());
        handlers.Add(new ContractCheckingHandler(CheckedInContract.Instance, checkRequests));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>
    /// A client whose traffic is not checked against the contract: only for portals set up unlike the one the contract
    /// describes (development sign-in turned off, so <c>/dev/token</c> is not there at all).
    /// </summary>
    public HttpClient CreateUncheckedClient(WebApplicationFactoryClientOptions options) =>
        CreateDefaultClient(options.BaseAddress, options.HandleCookies ? [new CookieContainerHandler()] : []);

    /// <summary>A client whose requests carry a development token for <paramref name="subject"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string subject, bool checkRequests = true)
    {
        var client = CreateClient(ClientOptions, checkRequests);
        var response = await client.PostAsJsonAsync("/dev/token", new { subject });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("CONTRACT_VIOLATIONS_LOG") is { Length: > 0 } log)
        {
            await File.AppendAllTextAsync(log, $"so far: {ContractCheckingHandler.RequestsChecked} request bodies and "
                + $"{ContractCheckingHandler.ResponsesChecked} answers checked, {ContractCheckingHandler.Violations} violations\n");
        }
        await base.DisposeAsync();
        if (Directory.Exists(_dataPath))
            Directory.Delete(_dataPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
