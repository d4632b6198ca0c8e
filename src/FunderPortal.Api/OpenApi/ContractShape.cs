using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunderPortal.Api.OpenApi;

/// <summary>
/// Makes the published document say exactly what the server does (issue 14): who needs a token, what a
/// <c>null</c> matches, and which objects refuse properties the contract does not name.
/// </summary>
internal static class ContractShape
{
    /// <summary>
    /// An endpoint that takes no bearer token (<c>AllowAnonymous</c>, or no authorization at all) says
    /// <c>security: []</c>; every other operation inherits the document's bearer requirement.
    /// </summary>
    public static Task TokenlessOperations(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (TakesNoToken(context.Description.ActionDescriptor.EndpointMetadata))
            operation.Security = [];
        return Task.CompletedTask;
    }

    public static bool TakesNoToken(IList<object> metadata) =>
        metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();

    /// <summary>
    /// A nullable enum is published as <c>oneOf: [{type: null}, {$ref: TheEnum}]</c>; the enum's own list must not
    /// hold <c>null</c> too, or a <c>null</c> matches both branches and fails <c>oneOf</c>. Nullable uses are always
    /// wrapped that way, so the null is taken out of every enum among the components.
    /// </summary>
    public static void NullMatchesOnce(OpenApiDocument document)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Null))
                schema.Enum = [.. values.Where(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null)];
        }
    }

    /// <summary>
    /// The server refuses a property a request's schema does not name (400 naming it), and the document says so with
    /// <c>additionalProperties: false</c> on the objects clients send. Answers keep the door open: a client must
    /// tolerate properties added to an answer later, so answers' objects do not carry it.
    /// </summary>
    public static void ClosedRequestObjects(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
            return;
        var sent = new HashSet<string>(StringComparer.Ordinal);
        void Reach(IOpenApiSchema? schema)
        {
            switch (schema)
            {
                case OpenApiSchemaReference reference:
                    if (reference.Reference.Id is { } id && sent.Add(id) && schemas.TryGetValue(id, out var target))
                        Reach(target);
                    break;
                case OpenApiSchema inline:
                    foreach (var property in inline.Properties?.Values ?? [])
                        Reach(property);
                    Reach(inline.Items);
                    Reach(inline.AdditionalProperties);
                    foreach (var part in (inline.OneOf ?? []).Concat(inline.AnyOf ?? []).Concat(inline.AllOf ?? []))
                        Reach(part);
                    break;
            }
        }
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Where(c => c.Key.Contains("json", StringComparison.Ordinal)).Select(c => c.Value) ?? [])
                Reach(media.Schema);
        }
        foreach (var (name, schema) in schemas)
        {
            if (!sent.Contains(name) && schema is OpenApiSchema { AdditionalPropertiesAllowed: false } closed)
            {
                closed.AdditionalPropertiesAllowed = true;
            }
        }
    }

    /// <summary>For readers of the contract: what the server does with a body that is not what the schema says.</summary>
    public const string RequestBodiesDescription =
        "**Request bodies.** Every property a schema lists under `required` must be sent (a `null` is refused unless the "
        + "property's schema allows `null`), and a property a request schema does not name is refused: both are answered "
        + "400 with `errors` keyed by the property's JSON path (`role`, `timetable.opens`), so a typo never silently does "
        + "nothing. Request objects say so with `additionalProperties: false`; answers may gain properties, which clients ignore.";
}
