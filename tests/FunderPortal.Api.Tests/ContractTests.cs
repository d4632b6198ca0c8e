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
}
