using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Contract;

/// <summary>
/// The contract is enforced: what it marks required the server requires, what it does not name the server refuses,
/// and who needs a token is what the document says.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractEnforcementTests(PortalFactory portal, ITestOutputHelper output)
{
    private static JsonObject Document => CheckedInContract.Instance.Document;

    [Fact]
    public async Task ARoleLeftOutOrNullIsRequired()
    {
        var alice = await portal.ClientForAsync("enforce-alice", checkRequests: false);
        var orgId = await alice.RegisterAsync();

        await (await alice.PutAsync($"/api/v1/charities/{orgId}/members/bob", Http.Json("{}"))).AssertInvalidAsync("role");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/invitations", Http.Json("{}"))).AssertInvalidAsync("role");
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/invitations", Http.Json("""{"role":null}"""))).AssertInvalidAsync("role");
    }

    /// <summary>The decision the contract states in its description: a property it does not name is a 400 naming it.</summary>
    [Fact]
    public async Task UnknownPropertiesAreRefusedByTheirPath()
    {
        var alice = await portal.ClientForAsync("enforce-alice", checkRequests: false);
        var orgId = await alice.RegisterAsync();
        var funderOrgId = await alice.RegisterFunderAsync();

        await (await alice.PutAsync($"/api/v1/charities/{orgId}/members/bob", Http.Json("""{"role":"Editor","rol":"Viewer"}""")))
            .AssertInvalidAsync("rol");
        await (await alice.PatchAsync($"/api/v1/charities/{orgId}", Http.Json("""{"nmae":"Hope"}"""))).AssertInvalidAsync("nmae");
        await (await alice.PostAsync($"/api/v1/funders/{funderOrgId}/rounds", Http.Json("""
            {"title":"T","budgetPence":1000,"minAwardPence":10,"maxAwardPence":100,"criteria":[{"wording":"W","wieght":2}]}
            """))).AssertInvalidAsync("criteria[0].wieght");
        Assert.Contains("a property a request schema does not name is refused", (string?)Document["info"]!["description"], StringComparison.Ordinal);
    }

    /// <summary>
    /// Walks the checked-in document: for every operation with a JSON body, each required property (nested ones too,
    /// where the operation's example holds the object) is left out in turn, and sent as null where its schema does not
    /// allow null; each time the answer is 400 with the property's JSON path among the errors.
    /// </summary>
    [Fact]
    public async Task EveryRequiredPropertyIsRequiredByTheServer()
    {
        var client = await portal.ClientForAsync("contract-walker", checkRequests: false);
        var contract = CheckedInContract.Instance;
        var failures = new List<string>();
        int operations = 0, removed = 0, nulled = 0;

        foreach (var operation in contract.Operations)
        {
            if (operation.RequestContent?["application/json"] is not JsonObject media || media["example"]?.DeepClone() is not JsonObject example
                || contract.Resolve(media["schema"]) is not { } schema)
                continue;
            var cases = new List<(JsonNode Body, string Key, string What)>();
            Collect(contract, example, schema, [], cases);
            if (cases.Count == 0)
                continue;
            operations++;
            var path = string.Join('/', operation.Template.Split('/').Select(s => s.StartsWith('{') ? RouteValue(s) : s));
            foreach (var (body, key, what) in cases)
            {
                if (what == "left out")
                    removed++;
                else
                    nulled++;
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = Http.Json(body.ToJsonString()) };
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var named = response.StatusCode == HttpStatusCode.BadRequest
                    && JsonNode.Parse(text)?["errors"] is JsonObject errors && errors.ContainsKey(key);
                if (!named)
                    failures.Add($"{operation.Id}: {key} {what} answered {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
            }
        }

        output.WriteLine($"{operations} operations, {removed} required properties left out, {nulled} sent as null");
        Assert.True(operations >= 30, $"Only {operations} operations with required properties: is the walk reading the document?");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string RouteValue(string segment) => segment switch
    {
        "{activityKind}" => "CoDesign",
        "{orgId}" => "GB-CHC-1",
        _ => "x1",
    };

    /// <summary>Every required property of this object, and of the objects within it that the example holds.</summary>
    private static void Collect(CheckedInContract contract, JsonObject example, JsonObject schema, List<object> at, List<(JsonNode, string, string)> cases)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var name in schema["required"]?.AsArray().Select(n => (string)n!) ?? [])
        {
            var key = Key([.. at, name]);
            cases.Add((Mutated(example, at, o => o.Remove(name)), key, "left out"));
            if (!contract.AllowsNull(properties?[name]))
                cases.Add((Mutated(example, at, o => o[name] = null), key, "sent as null"));
        }
        foreach (var (name, value) in example)
        {
            var propertySchema = properties?[name];
            if (value is JsonObject inner && contract.Resolve(propertySchema) is { } innerSchema && innerSchema["properties"] is not null)
                Collect(contract, Within(example, name, null), innerSchema, [.. at, name], cases);
            else if (value is JsonArray { Count: > 0 } list && list[0] is JsonObject && contract.Resolve(contract.Resolve(propertySchema)?["items"]) is { } itemSchema)
                Collect(contract, Within(example, name, 0), itemSchema, [.. at, name, 0], cases);
        }
    }

    /// <summary>The object held at name (and index), still part of the example's root.</summary>
    private static JsonObject Within(JsonObject example, string name, int? index)
    {
        JsonNode node = example[name]!;
        return index is { } i ? node[i]!.AsObject() : node.AsObject();
    }

    /// <summary>A copy of the whole body with the object at <paramref name="at"/> changed.</summary>
    private static JsonNode Mutated(JsonObject nested, List<object> at, Action<JsonObject> change)
    {
        var root = nested.Root.DeepClone();
        var target = root;
        foreach (var step in at)
            target = step is int i ? target[i]! : target[(string)step]!;
        change(target.AsObject());
        return root;
    }

    private static string Key(List<object> steps)
    {
        var key = "";
        foreach (var step in steps)
            key += step is int i ? $"[{i}]" : key.Length == 0 ? (string)step : "." + (string)step;
        return key;
    }

    /// <summary>
    /// Routes that take no bearer token (AllowAnonymous, or no authorization at all) say <c>security: []</c>; every
    /// other operation inherits the document's bearer requirement.
    /// </summary>
    [Fact]
    public void TokenlessRoutesSayNoSecurityAndEveryOtherInheritsBearer()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName, StringComparer.Ordinal);
        var tokenless = new List<string>();

        Assert.Equal("Bearer", Document["security"]!.AsArray().Single()!.AsObject().Single().Key);
        foreach (var operation in CheckedInContract.Instance.Operations)
        {
            Assert.True(endpoints.TryGetValue(operation.Id, out var endpoint), $"{operation.Id} is not an endpoint of the server");
            var takesNoToken = endpoint!.Metadata.GetMetadata<IAllowAnonymous>() is not null || !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any();
            if (takesNoToken)
            {
                tokenless.Add(operation.Id);
                Assert.True(operation.Operation["security"] is JsonArray { Count: 0 }, $"{operation.Id} takes no token but does not say security: []");
            }
            else
            {
                Assert.True(operation.Operation["security"] is null, $"{operation.Id} needs a token but does not inherit the bearer requirement");
            }
        }
        Assert.Superset(new HashSet<string>(["GetVocabulary", "GetAttestation", "AnswerAttestation", "AcceptPanelInvitation", "IssueDevToken"]), tokenless.ToHashSet());
    }

    /// <summary>A nullable enum is <c>oneOf: [{type: null}, {$ref}]</c>, so the enum itself may not list null: null matches once.</summary>
    [Fact]
    public void ANullMatchesANullableEnumExactlyOnce()
    {
        var contract = CheckedInContract.Instance;
        var schemas = Document["components"]!["schemas"]!.AsObject();
        Assert.All(schemas.Where(s => s.Value?["enum"] is not null), s => Assert.DoesNotContain(null, s.Value!["enum"]!.AsArray()));
        var sizeBand = schemas["RegisterCharityRequest"]!["properties"]!["sizeBand"]!;

        Assert.Empty(contract.Check("test sizeBand", sizeBand, "null"));
        Assert.Empty(contract.Check("test sizeBand", sizeBand, "\"Small\""));
        Assert.NotEmpty(contract.Check("test sizeBand", sizeBand, "\"Enormous\""));
    }

    /// <summary>The checker that every test client goes through does find what breaks the contract.</summary>
    [Fact]
    public void TheCheckerFindsWhatBreaksTheContract()
    {
        var contract = CheckedInContract.Instance;
        var body = contract.Operations.Single(o => o.Id == "RegisterCharity").RequestContent!["application/json"]!["schema"]!;

        Assert.Empty(contract.Check("test register", body, """{"orgId":"GB-CHC-1234567","name":"Hope"}"""));
        Assert.NotEmpty(contract.Check("test register", body, """{"orgId":"GB-CHC-1234567"}"""));
        Assert.NotEmpty(contract.Check("test register", body, """{"orgId":"GB-CHC-1234567","name":"Hope","nmae":"x"}"""));
        Assert.Null(contract.Find("GET", "/api/v1/nowhere", out var known));
        Assert.False(known);
        Assert.Equal("GetMyPanellist", contract.Find("GET", "/api/v1/rounds/r1/panellists/me", out _)!.Id);
    }
}
