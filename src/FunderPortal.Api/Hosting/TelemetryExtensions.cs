using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FunderPortal.Api.Hosting;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry metrics, traces and logs (ASP.NET Core, Orleans, Npgsql), exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise nothing is collected and nothing costs.
    /// </summary>
    /// <summary>Whether telemetry is exported (an OTLP endpoint is set).</summary>
    public static bool Exporting(IConfiguration configuration) => !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        if (!Exporting(builder.Configuration))
            return builder;

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeScopes = true; // request id and path, grain identity from Orleans' scopes
            logging.IncludeFormattedMessage = true;
        });
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "funderportal"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.Orleans")
                .AddMeter("Npgsql"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddNpgsql())
            .UseOtlpExporter();
        return builder;
    }
}
