using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FunderPortal.Api.Errors;

public static class ErrorsExtensions
{
    /// <summary>Limits on what the JSON reader accepts; deeper documents are refused with 400.</summary>
    public const int MaxJsonDepth = 32;

    public static WebApplicationBuilder AddPortalErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemLanguage.Localise); // titles in the request's language
        builder.Services.AddExceptionHandler<PortalExceptionHandler>();
        // Binding failures throw, so the handler above can say which field was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.MaxDepth = MaxJsonDepth;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // "123" is not a number
            // The contract is enforced by the reader (issue 14): a property the contract marks required (a record's
            // constructor parameter without a default) must be sent, one that is not nullable may not be null, and a
            // property the contract does not name is refused rather than silently ignored. Each is a 400 naming it.
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Nullable annotations are enforced on what clients send only (RespectNullableAnnotations would enforce them
            // on answers too, and publish every answer's text as nullable).
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(RequestsRespectNullableAnnotations);
        });
        return builder;
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// A record's constructor parameter that is not nullable may not be sent as null: checked once the object is read
    /// (RespectNullableAnnotations would check answers too, and publish every answer's text as nullable).
    /// </summary>
    private static void RequestsRespectNullableAnnotations(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        var constructor = type.Type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var parameters = constructor?.GetParameters() ?? [];
        var notNull = new List<(string Name, Func<object, object?> Get)>();
        foreach (var property in type.Properties)
        {
            if (property.PropertyType.IsValueType || property.Get is not { } get || property.AssociatedParameter is not { } associated)
                continue;
            var parameter = parameters.FirstOrDefault(p => p.Name == associated.Name && p.ParameterType == associated.ParameterType);
            bool nullable;
            lock (Nullability)
                nullable = parameter is null || Nullability.Create(parameter).WriteState != NullabilityState.NotNull;
            if (!nullable)
                notNull.Add((property.Name, get));
        }
        if (notNull.Count == 0)
            return;
        var before = type.OnDeserialized;
        type.OnDeserialized = value =>
        {
            foreach (var (name, get) in notNull)
            {
                if (get(value) is null)
                    throw new JsonException($"The property '{name}' may not be null.");
            }
            before?.Invoke(value);
        };
    }

    public static WebApplication UsePortalErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(); // empty 401/404/405… answers get a problem+json body
        return app;
    }
}
