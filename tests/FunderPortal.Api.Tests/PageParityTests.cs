using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FunderPortal.Web.Common;
using Microsoft.AspNetCore.Components;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The pages keep up with the API: every operation of the served OpenAPI document is done on a page of the portal, or
/// is for the API alone with a reason (<see cref="PageParity"/>). An operation added without either fails here, and so
/// does an entry for an operation that is gone or a page that is not one of the portal's <c>@page</c> templates.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PageParityTests(PortalFactory portal)
{
    [Fact]
    public async Task EveryOperationIsDoneOnAPageOrIsForTheApiAloneForAReason()
    {
        var operations = await ServedOperationsAsync();

        var unmapped = operations.Keys.Where(id => !PageParity.Operations.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var gone = PageParity.Operations.Keys.Where(id => !operations.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();

        Assert.True(operations.Count > 100, $"Only {operations.Count} operations served: is the test reading the document?");
        Assert.True(unmapped.Count == 0, "Operations neither on a page nor marked for the API alone (add them to PageParity.Operations):\n"
            + string.Join("\n", unmapped.Select(id => $"{id} ({operations[id]})")));
        Assert.True(gone.Count == 0, "PageParity maps operations the API no longer has:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void EveryPageNamedIsAPageOfThePortalAndEveryApiOnlyEntryGivesItsReason()
    {
        var templates = PageTemplates();

        var missing = PageParity.Operations
            .Where(e => e.Value.Kind == ParityKind.Pages)
            .SelectMany(e => e.Value.Routes.DefaultIfEmpty("(no page named)").Select(route => (Operation: e.Key, Route: route)))
            .Where(r => !templates.Contains(Shape(r.Route)))
            .Select(r => $"{r.Operation}: {r.Route}").ToList();
        var unexplained = PageParity.Operations
            .Where(e => e.Value.Kind != ParityKind.Pages && string.IsNullOrWhiteSpace(e.Value.Reason)).Select(e => e.Key).ToList();

        Assert.True(templates.Count > 20, $"Only {templates.Count} page templates found in the web assembly.");
        Assert.True(missing.Count == 0, "PageParity names pages that are no @page of the portal:\n" + string.Join("\n", missing));
        Assert.True(unexplained.Count == 0, "Operations kept off the pages without a reason:\n" + string.Join("\n", unexplained));
    }

    [Fact]
    public void TheCheckOfPagesKnowsARealPageFromAMadeUpOne()
    {
        var templates = PageTemplates();

        Assert.Contains(Shape("/charities/{orgId}/plan"), templates);
        Assert.Contains(Shape("/charities/{OrgId}/workstreams/{Id}"), templates);
        Assert.DoesNotContain(Shape("/charities/{OrgId}/nowhere"), templates);
        Assert.DoesNotContain(Shape("/charities/{OrgId}/plan/{LineId}/nowhere"), templates);
    }

    /// <summary>operationId → "METHOD /path" of every operation the portal serves.</summary>
    private async Task<Dictionary<string, string>> ServedOperationsAsync()
    {
        var document = JsonNode.Parse(await portal.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, methods) in document["paths"]!.AsObject())
            foreach (var (method, operation) in methods!.AsObject())
                operations.Add((string)operation!["operationId"]!, $"{method.ToUpperInvariant()} {path}");
        return operations;
    }

    /// <summary>Every route template of a routable component in the web assembly (its <c>@page</c> directives).</summary>
    private static HashSet<string> PageTemplates() =>
        [.. typeof(PageParity).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => Shape(r.Template))];

    /// <summary>A template with its parameters' names and constraints left out: <c>/charities/{}/plan</c>.</summary>
    private static string Shape(string template) => Parameter().Replace(template, "{}").TrimEnd('/').ToLowerInvariant();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
