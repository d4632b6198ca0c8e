using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace FunderPortal.Api.Tests.Contract;

/// <summary>
/// The checked-in contract (contracts/openapi/funderportal-api.v1.json), read once: its operations by method and
/// path template, and JSON Schema validators for each request and response body, built with JsonSchema.Net.
/// OpenAPI 3.1 schemas are JSON Schema 2020-12: the document's components are published to the validator as one
/// schema's <c>$defs</c> under a base URI of its own (nothing is fetched), and every <c>#/components/schemas/X</c>
/// is pointed there.
/// </summary>
public sealed partial class CheckedInContract
{
    private const string Base = "https://funderportal.invalid/contract";

    public static CheckedInContract Instance { get; } = new(File.ReadAllText(
        Path.Combine(HostLocation.RepositoryRoot, "contracts", "openapi", "funderportal-api.v1.json")));

    private readonly BuildOptions _build;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public JsonObject Document { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    public CheckedInContract(string text)
    {
        Document = JsonNode.Parse(text)!.AsObject();
        var components = Document["components"]!["schemas"]!.DeepClone().AsObject();
        // RFC 9457: a problem may carry extension members (traceId, currentVersion), so problems stay open.
        foreach (var (name, schema) in components)
        {
            if (!name.Contains("ProblemDetails", StringComparison.Ordinal))
                Strict(schema);
        }
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Base,
            ["$defs"] = components,
        };
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var rootSchema = JsonSchema.FromText(Pointed(root.ToJsonString(), relative: true), _build);
        _build.SchemaRegistry.Register(new Uri(Base), rootSchema);

        var operations = new List<ContractOperation>();
        foreach (var (path, item) in Document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
                operations.Add(new ContractOperation(method.ToUpperInvariant(), path, operation!.AsObject()));
        }
        Operations = operations;
    }

    /// <summary>
    /// The strict reading: an object whose schema lists its properties may hold no others, answers included (the
    /// published document lets answers grow; this test holds the server to what the document says today).
    /// </summary>
    private static void Strict(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["properties"] is JsonObject && !schema.ContainsKey("additionalProperties"))
                    schema["additionalProperties"] = false;
                foreach (var (_, child) in schema.ToList())
                    Strict(child);
                break;
            case JsonArray list:
                foreach (var child in list)
                    Strict(child);
                break;
        }
    }

    private static string Pointed(string schemaText, bool relative) =>
        schemaText.Replace("\"#/components/schemas/", relative ? "\"#/$defs/" : $"\"{Base}#/$defs/", StringComparison.Ordinal);

    /// <summary>A validator for a schema found in the document (an operation's body), built once.</summary>
    public JsonSchema SchemaFor(string key, JsonNode schema)
    {
        lock (_gate)
        {
            if (!_schemas.TryGetValue(key, out var built))
            {
                var copy = schema.DeepClone();
                Strict(copy);
                built = JsonSchema.FromText(Pointed(copy.ToJsonString(), relative: false), _build);
                _schemas[key] = built;
            }
            return built;
        }
    }

    /// <summary>What is wrong with <paramref name="json"/> against the schema, one line each; empty when valid.</summary>
    public IReadOnlyList<string> Check(string key, JsonNode schema, string json)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [$"not JSON: {e.Message}"];
        }
        using (parsed)
        {
            var results = SchemaFor(key, schema).Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
                return [];
            var lines = new List<string>();
            void Collect(EvaluationResults node)
            {
                foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
                    lines.Add($"{node.InstanceLocation} ({node.EvaluationPath}) {keyword}: {message}");
                foreach (var child in node.Details ?? [])
                    Collect(child);
            }
            Collect(results);
            return lines.Count > 0 ? lines : ["invalid (no detail)"];
        }
    }

    /// <summary>The operation for this method and path: the template with the most literal segments wins.</summary>
    public ContractOperation? Find(string method, string path, out bool pathKnown)
    {
        var matches = Operations.Where(o => o.Matches(path)).ToList();
        pathKnown = matches.Count > 0;
        return matches.Where(o => o.Method == method).OrderByDescending(o => o.LiteralSegments).FirstOrDefault();
    }

    /// <summary>A schema named by a <c>$ref</c>, or the schema itself; <c>oneOf</c> with null unwrapped.</summary>
    public JsonObject? Resolve(JsonNode? schema)
    {
        for (var depth = 0; depth < 8 && schema is JsonObject s; depth++)
        {
            if ((string?)s["$ref"] is { } reference)
                schema = Document["components"]!["schemas"]![reference.Split('/')[^1]];
            else if (s["oneOf"] is JsonArray choices)
                schema = choices.FirstOrDefault(c => (string?)c?["type"] != "null");
            else
                return s;
        }
        return null;
    }

    /// <summary>Whether <c>null</c> is a value this schema allows.</summary>
    public bool AllowsNull(JsonNode? schema) => schema switch
    {
        JsonObject { } s when s["type"] is JsonValue one => (string?)one == "null",
        JsonObject { } s when s["type"] is JsonArray many => many.Any(t => (string?)t == "null"),
        JsonObject { } s when s["oneOf"] is JsonArray choices => choices.Any(AllowsNull),
        JsonObject { } s when (string?)s["$ref"] is { } reference => AllowsNull(Document["components"]!["schemas"]![reference.Split('/')[^1]]),
        JsonObject { } s when s["enum"] is JsonArray values => values.Any(v => v is null),
        _ => false,
    };
}

/// <summary>One operation of the contract.</summary>
public sealed partial class ContractOperation(string method, string template, JsonObject operation)
{
    private readonly Regex _path = new("^" + Parameter().Replace(Regex.Escape(template).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "/?$",
        RegexOptions.CultureInvariant);

    public string Method { get; } = method;

    public string Template { get; } = template;

    public JsonObject Operation { get; } = operation;

    public string Id => (string?)Operation["operationId"] ?? $"{Method} {Template}";

    public int LiteralSegments { get; } = template.Split('/').Count(s => s.Length > 0 && !s.StartsWith('{'));

    public bool Matches(string path) => _path.IsMatch(path);

    public JsonObject? RequestContent => Operation["requestBody"]?["content"] as JsonObject;

    public JsonObject? Responses => Operation["responses"] as JsonObject;

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Parameter();
}
