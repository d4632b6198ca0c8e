using System.Text.Json.Serialization;

namespace FunderPortal.Api.Errors;

public static class ErrorsExtensions
{
    /// <summary>Limits on what the JSON reader accepts; deeper documents are refused with 400.</summary>
    public const int MaxJsonDepth = 32;

    public static WebApplicationBuilder AddPortalErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<PortalExceptionHandler>();
        // Binding failures throw, so the handler above can say which field was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.MaxDepth = MaxJsonDepth;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // "123" is not a number

        });
        return builder;
    }

    public static WebApplication UsePortalErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(); // empty 401/404/405… answers get a problem+json body
        return app;
    }
}
