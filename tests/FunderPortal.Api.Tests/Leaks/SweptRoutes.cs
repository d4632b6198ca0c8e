using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>A GET route to sweep: an operation of the served OpenAPI document, or a page or download of the web portal.</summary>
public sealed record SweptRoute(string Name, string Template, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters);

/// <summary>
/// Every GET route the host serves, found at run time so that a route added later is swept without anyone listing it:
/// the operations of <c>/openapi/v1.json</c>, and every other GET endpoint the host maps (pages, downloads).
/// </summary>
public static class SweptRoutes
{
    public static async Task<IReadOnlyList<SweptRoute>> ApiAsync(PortalFactory portal)
    {
        var document = JsonNode.Parse(await portal.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        return
        [
            .. document["paths"]!.AsObject()
                .Where(path => path.Value!["get"] is not null)
                .Select(path =>
                {
                    var get = path.Value!["get"]!;
                    var parameters = (get["parameters"]?.AsArray() ?? []).Select(p => (Name: (string)p!["name"]!, In: (string)p["in"]!)).ToList();
                    return new SweptRoute((string)get["operationId"]!, path.Key,
                        [.. parameters.Where(p => p.In == "path").Select(p => p.Name)],
                        [.. parameters.Where(p => p.In == "query").Select(p => p.Name)]);
                }),
        ];
    }

    /// <summary>The host's other GET endpoints (Razor pages, downloads, dev and framework routes), by route pattern.</summary>
    public static IReadOnlyList<SweptRoute> Web(PortalFactory portal, IEnumerable<SweptRoute> api)
    {
        var documented = api.Select(r => Path(r.Template)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return
        [
            .. portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
                .Select(e => (Template: Path(e.RoutePattern.RawText ?? ""), e.RoutePattern.Parameters))
                .Where(e => !documented.Contains(e.Template))
                .DistinctBy(e => e.Template)
                .Select(e => new SweptRoute(e.Template, e.Template, [.. e.Parameters.Select(p => p.Name)], [])),
        ];
    }

    /// <summary>A route pattern as a path: one leading slash, no trailing one ("/api/v1/rounds/{roundId}/" is the document's "/api/v1/rounds/{roundId}").</summary>
    private static string Path(string pattern) => "/" + pattern.Trim('/');
}
