using System.Text.Json;
using System.Text.Json.Nodes;

namespace FunderPortal.Api.Tests.Fuzzing;

/// <summary>One operation of the served OpenAPI document: its method, path template, query names and body example.</summary>
public sealed record FuzzOperation(string OperationId, HttpMethod Method, string PathTemplate, IReadOnlyList<string> QueryNames, string? BodyMediaType, JsonNode? BodyExample)
{
    public static IReadOnlyList<FuzzOperation> AllIn(JsonElement document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                var queries = op.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                string? mediaType = null;
                JsonNode? example = null;
                if (op.TryGetProperty("requestBody", out var body))
                {
                    var content = body.GetProperty("content").EnumerateObject().First();
                    mediaType = content.Name;
                    if (content.Value.TryGetProperty("example", out var e))
                        example = JsonNode.Parse(e.GetRawText());
                }
                operations.Add(new FuzzOperation(op.GetProperty("operationId").GetString()!, new HttpMethod(operation.Name.ToUpperInvariant()),
                    path.Name, queries, mediaType, example));
            }
        }
        return operations;
    }
}
