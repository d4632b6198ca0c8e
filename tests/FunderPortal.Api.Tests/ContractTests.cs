using System.Text.Json;
using System.Text.Json.Nodes;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The OpenAPI document is a public contract, checked in under contracts/. Regenerate it after an intended
/// change with: UPDATE_CONTRACTS=1 dotnet test tests/FunderPortal.Api.Tests --filter ContractTests
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractTests(PortalFactory portal)
{
    private static readonly string ContractPath = Path.Combine(HostLocation.RepositoryRoot, "contracts", "openapi", "funderportal-api.v1.json");

    private async Task<JsonNode> ServedDocumentAsync() =>
        JsonNode.Parse(await portal.CreateClient().GetStringAsync("/openapi/v1.json"))!;

    [Fact]
    public async Task TheServedDocumentIsTheCheckedInContract()
    {
        var served = (await ServedDocumentAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_CONTRACTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ContractPath)!);
            await File.WriteAllTextAsync(ContractPath, served);
        }

        Assert.True(File.Exists(ContractPath), $"No contract at {ContractPath}: run the tests once with UPDATE_CONTRACTS=1.");
        var checkedIn = await File.ReadAllTextAsync(ContractPath);
        Assert.True(checkedIn == served,
            "The served OpenAPI document differs from contracts/openapi/funderportal-api.v1.json. If the change is intended, "
            + "regenerate it: UPDATE_CONTRACTS=1 dotnet test tests/FunderPortal.Api.Tests --filter ContractTests");
    }

    [Fact]
    public async Task EveryOperationHasAnIdASummaryAndProblemJsonErrors()
    {
        var document = await ServedDocumentAsync();
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrEmpty((string?)o.Operation["operationId"]), $"{o.Name} has no operationId");
            Assert.False(string.IsNullOrEmpty((string?)o.Operation["summary"]), $"{o.Name} has no summary");
            var errors = o.Operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5').ToList();
            Assert.True(errors.Count > 0, $"{o.Name} documents no error response");
            Assert.All(errors, r => Assert.True(
                r.Value!["content"]?["application/problem+json"] is not null,
                $"{o.Name} {r.Key} is not documented as application/problem+json"));
        });
        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct().Count());
    }

    [Fact]
    public async Task TheDocumentPublishesTheLimitsOnText()
    {
        var schemas = (await ServedDocumentAsync())["components"]!["schemas"]!;

        Assert.Equal(200, (int)schemas["RegisterCharityRequest"]!["properties"]!["name"]!["maxLength"]!);
        Assert.NotNull(schemas["RegisterCharityRequest"]!["properties"]!["orgId"]!["pattern"]);
        Assert.Equal(200, (int)schemas["StartWorkstreamRequest"]!["properties"]!["title"]!["maxLength"]!);
    }

    /// <summary>
    /// Whatever a client may send is bounded in the contract, so a client knows the limits before it meets them:
    /// every text in a request body has a maxLength (or is an enum, a format or a pattern-bound id), every list a
    /// maxItems, every map a maxProperties, every number in a query its minimum and maximum. A field added later
    /// without its limit fails here.
    /// </summary>
    [Fact]
    public async Task EverythingAClientSendsIsBoundedInTheContract()
    {
        var document = await ServedDocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var unbounded = new List<string>();
        var seen = new HashSet<string>();

        void Walk(JsonNode? node, string where)
        {
            if (node is not JsonObject schema)
                return;
            if ((string?)schema["$ref"] is { } reference)
            {
                var name = reference.Split('/')[^1];
                if (seen.Add(name))
                    Walk(schemas[name], name);
                return;
            }
            var types = schema["type"] switch
            {
                JsonArray many => many.Select(t => (string?)t).ToList(),
                JsonValue one => [(string?)one],
                _ => [],
            };
            if (types.Contains("string") && schema["enum"] is null && schema["format"] is null && schema["maxLength"] is null)
                unbounded.Add($"{where}: text without maxLength");
            if (types.Contains("array") && schema["maxItems"] is null)
                unbounded.Add($"{where}: list without maxItems");
            if (schema["additionalProperties"] is JsonObject && schema["maxProperties"] is null)
                unbounded.Add($"{where}: map without maxProperties");
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                Walk(property, $"{where}.{name}");
            Walk(schema["items"], $"{where}[]");
            Walk(schema["additionalProperties"], $"{where}{{}}");
            foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
                foreach (var part in schema[key]?.AsArray() ?? [])
                    Walk(part, where);
        }

        var bodies = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    var type = (string?)parameter!["schema"]?["type"];
                    if ((string?)parameter["in"] == "query" && type is "integer" or "number"
                        && (parameter["schema"]!["minimum"] is null || parameter["schema"]!["maximum"] is null))
                        unbounded.Add($"{method.ToUpperInvariant()} {path} ?{parameter["name"]}: number without minimum and maximum");
                }
                if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } body)
                {
                    bodies++;
                    Walk(body, $"{method.ToUpperInvariant()} {path}");
                }
            }
        }

        Assert.True(bodies > 40, $"Only {bodies} JSON request bodies found: is the walk reading the document?");
        Assert.True(unbounded.Count == 0, "Unbounded in the contract:\n" + string.Join("\n", unbounded));
    }
}
