using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The 360Giving package and grant schemas (copied into Standards/360giving/schema, with their source and licence in its
/// README.md, and built into the test output), built offline: the grant schema is
/// registered under the URL the package schema's <c>$ref</c> names, so nothing is fetched.
/// </summary>
public static class ThreeSixtyGivingSchema
{
    /// <summary>The schemas say <c>http://…/draft/2020-12/schema</c>; JsonSchema.Net knows 2020-12 only by its https id.</summary>
    private static readonly Uri DeclaredDraft202012 = new("http://json-schema.org/draft/2020-12/schema");

    private static readonly Lazy<JsonSchema> PackageSchema = new(Build);

    public static string SchemaFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Standards", "360giving", "schema");

    /// <summary>
    /// Evaluates with <c>format</c> asserted: the schema's dates are <c>oneOf</c> a date-time format and a date pattern,
    /// which only discriminates when formats are checked (as 360Giving's own validator does).
    /// </summary>
    public static EvaluationResults Validate(JsonNode package)
    {
        using var document = JsonDocument.Parse(package.ToJsonString());
        return PackageSchema.Value.Evaluate(document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    /// <summary>Every error, one a line, with where in the package and where in the schema.</summary>
    public static string Describe(EvaluationResults results)
    {
        var lines = new List<string>();
        void Collect(EvaluationResults node)
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
                lines.Add($"{node.InstanceLocation} ({node.EvaluationPath}) {keyword}: {message}");
            foreach (var child in node.Details ?? [])
                Collect(child);
        }
        Collect(results);
        return string.Join(Environment.NewLine, lines);
    }

    private static JsonSchema Build()
    {
        var packageText = File.ReadAllText(Path.Combine(SchemaFolder, "360-giving-package-schema.json"));
        var grantRef = JsonNode.Parse(packageText)!["properties"]!["grants"]!["items"]!["$ref"]!.GetValue<string>();

        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft202012.With([], DeclaredDraft202012));
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), DialectRegistry = dialects };
        var grant = JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolder, "360-giving-schema.json")), options);
        options.SchemaRegistry.Register(new Uri(grantRef), grant);
        return JsonSchema.FromText(packageText, options);
    }
}
