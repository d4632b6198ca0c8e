using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FunderPortal.Api.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static WebApplicationBuilder AddPortalOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "FunderPortal API",
                    Version = "v1",
                    Description = "Charities keep a co-production journey map over time, cost it and evidence it, and share it "
                        + "with funders who resource the work. Errors are RFC 9457 problem+json. Authenticate with a bearer token.",
                };
                // The document is checked in: it must not depend on the address it was fetched from.
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A token from your identity provider, or from POST /dev/token on a development portal.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapPortalOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "FunderPortal API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "FunderPortal API";
        });
        return app;
    }
}
