using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>Someone the sweep calls every route as: through the API, and through a browser on the web portal.</summary>
public sealed record Caller(string Name, HttpClient Api, HttpClient Browser, RouteValues Values)
{
    /// <summary>Where to say how each sweep went.</summary>
    public ITestOutputHelper? Output { get; init; }

    /// <summary>Every API and web route, with this caller's values for their parameters.</summary>
    public async Task<IReadOnlyList<Answer>> SweepAsync(RouteCatalogue routes)
    {
        var api = await Sweep.GetAllAsync(Name, Api, Sweep.UrlsFor(routes.Api, Values, routes.SkippedApi));
        Output?.WriteLine(Sweep.Summary(api));
        return [.. api, .. await SweepWebAsync(routes)];
    }

    /// <summary>Every page and download, through this caller's browser.</summary>
    public async Task<IReadOnlyList<Answer>> SweepWebAsync(RouteCatalogue routes)
    {
        var web = await Sweep.GetAllAsync(Name + " (browser)", Browser, Sweep.UrlsFor(routes.Web, Values, routes.SkippedWeb));
        Output?.WriteLine(Sweep.Summary(web));
        return web;
    }
}

/// <summary>The routes to sweep, and those left out with the reason why.</summary>
public sealed record RouteCatalogue(
    IReadOnlyList<SweptRoute> Api, IReadOnlyList<SweptRoute> Web,
    IReadOnlyDictionary<string, string> SkippedApi, IReadOnlyDictionary<string, string> SkippedWeb)
{
    /// <summary>GET routes that are the host's machinery, not anyone's data: nothing of a charity or round can be in them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Machinery = new Dictionary<string, string>();

    public static async Task<RouteCatalogue> ServedByAsync(PortalFactory portal, IReadOnlyDictionary<string, string>? skippedApi = null)
    {
        var api = await SweptRoutes.ApiAsync(portal);
        Assert.True(api.Count > 40, $"Only {api.Count} GET operations in the served document.");
        return new RouteCatalogue(api, SweptRoutes.Web(portal, api), skippedApi ?? new Dictionary<string, string>(), Machinery);
    }
}
