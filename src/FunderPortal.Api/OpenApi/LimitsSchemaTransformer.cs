using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunderPortal.Api.OpenApi;

/// <summary>
/// Puts the limits the domain enforces into the contract where ASP.NET Core does not by itself: the length of
/// each entry of a list or map (<see cref="EachMaxLengthAttribute"/>), the size of a map
/// (<see cref="MaxEntriesAttribute"/>, or <see cref="MaxLengthAttribute"/> on a dictionary).
/// </summary>
internal sealed class LimitsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is not { } attributes)
            return Task.CompletedTask;
        var isMap = schema.AdditionalProperties is not null;

        if (attributes.GetCustomAttributes(typeof(EachMaxLengthAttribute), inherit: true).FirstOrDefault() is EachMaxLengthAttribute each)
        {
            var entry = isMap ? schema.AdditionalProperties : schema.Items;
            if (entry is OpenApiSchema inline)
                inline.MaxLength = each.Length;
        }
        if (attributes.GetCustomAttributes(typeof(EachPatternAttribute), inherit: true).FirstOrDefault() is EachPatternAttribute pattern
            && schema.Items is OpenApiSchema item)
        {
            item.Pattern = pattern.Pattern;
        }
        if (attributes.GetCustomAttributes(typeof(MaxEntriesAttribute), inherit: true).FirstOrDefault() is MaxEntriesAttribute entries)
            schema.MaxProperties = entries.Count;
        else if (isMap && attributes.GetCustomAttributes(typeof(MaxLengthAttribute), inherit: true).FirstOrDefault() is MaxLengthAttribute max)
            schema.MaxProperties = max.Length;
        return Task.CompletedTask;
    }
}
