using System.Reflection;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>
/// One convention for response shapes across features: the API owns its response records and maps the grains' views
/// to them, so no answer is a grain's view (only the domain's enums are shared).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ResponseShapeTests(PortalFactory portal)
{
    private static readonly Assembly Domain = typeof(RoundView).Assembly;

    [Fact]
    public void NoEndpointAnswersWithAGrainsView()
    {
        _ = portal.CreateClient();
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var shared = new List<string>();
        var answered = new HashSet<Type>();

        foreach (var endpoint in endpoints)
        {
            foreach (var produced in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Where(m => m.Type is not null))
            {
                var reachable = Reachable(produced.Type!).ToList();
                answered.UnionWith(reachable);
                foreach (var type in reachable.Where(t => t.Assembly == Domain && !t.IsEnum))
                    shared.Add($"{endpoint.DisplayName}: {type.FullName}");
            }
        }

        Assert.Contains(typeof(FunderPortal.Api.Rounds.ResultRowResponse), answered); // the walk reaches nested records
        Assert.Contains(typeof(JudgingMode), answered);
        Assert.True(shared.Count == 0, "Answered with the domain's own types (map them to a response record):\n" + string.Join("\n", shared.Distinct()));
    }

    /// <summary>The type and every type its JSON reaches: properties, list items, map values.</summary>
    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType && !type.IsArray)
                continue;
            yield return type;
            if (type.IsArray)
                pending.Push(type.GetElementType()!);
            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
                pending.Push(argument);
            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true && type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) != true)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                    pending.Push(property.PropertyType);
            }
        }
    }
}
