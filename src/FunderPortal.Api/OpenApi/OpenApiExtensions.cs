using System.Globalization;
using System.Reflection;
using FunderPortal.Web.Localisation;
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
            // A response record keeps the schema name the contract already publishes ([SchemaName]); others their own.
            options.CreateSchemaReferenceId = type =>
                type.Type.GetCustomAttribute<SchemaNameAttribute>()?.Name ?? OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddSchemaTransformer<LimitsSchemaTransformer>();
            options.AddOperationTransformer(ContractShape.TokenlessOperations);
            options.AddOperationTransformer(Reads.ConditionalGetDocumentation.Describe);
            options.AddOperationTransformer(Errors.ProblemLanguage.Describe);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "FunderPortal API",
                    Version = "v1",
                    Description = "Charities keep a co-production journey map over time, cost it and evidence it, and share it "
                        + "with funders who resource the work. Errors are RFC 9457 problem+json. Authenticate with a bearer token.\n\n"
                        + LimitsDescription + "\n\n" + LanguagesDescription + "\n\n" + ContractShape.RequestBodiesDescription,
                };
                document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
                // The document is checked in: it must not depend on the address it was fetched from, so the one
                // server is relative (the portal that serves it).
                document.Servers = [new OpenApiServer { Url = "/", Description = "The portal serving this document" }];
                document.Tags = Tags;
                ContractShape.NullMatchesOnce(document);
                ContractShape.ClosedRequestObjects(document);
                RequestBodyExamples.Add(document);
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

    /// <summary>The limits every client meets, with their defaults (operators may change the settings named).</summary>
    private const string LimitsDescription =
        "**Limits.** Request bodies: at most 1 MB of JSON (`Portal__MaxJsonBodyBytes`), evidence and application files "
        + "at most 25 MB (`Portal__MaxAttachmentBytes`); larger ones are answered 413. Text, lists and maps carry their "
        + "own `maxLength`, `maxItems` and `maxProperties` in the schemas below; past them the answer is 400 naming the "
        + "field. Pages (`limit`) hold 1 to 1000 entries (history, audit) or 1 to 200 (inbox, feedback, grants). Each person (or address, when anonymous) may make "
        + "1200 requests a minute (`Portal__RateLimit__PermitsPerMinute`); past that the answer is 429 with `Retry-After`.";

    /// <summary>What follows the request's language, and what does not.</summary>
    private const string LanguagesDescription =
        "**Languages.** Problem titles and the labels of `GET /api/v1/vocabulary` are in Welsh or English: the language "
        + "of `Accept-Language` (`cy` or `en`; English by default). Those answers carry `Content-Language` (`cy` or `en`) "
        + "and `Vary: Accept-Language`. JSON field names, enum names, and a problem's `detail` and field errors are the "
        + "same in every language.";

    /// <summary>Each group of operations, described for readers of the contract.</summary>
    private static HashSet<OpenApiTag> Tags =>
    [
        new() { Name = "Charities", Description = "A charity's co-production journey map, check-ins, resourcing plan, sharing and members." },
        new() { Name = "Attestations", Description = "Evidence and participants' own confirmation of it, by one-time link." },
        new() { Name = "Participant check-ins", Description = "Participants rating the work themselves, by one-time link, without an account." },
        new() { Name = "Funders", Description = "Funders' profiles, programmes, grants, feedback, pledges, portfolio and 360Giving open data." },
        new() { Name = "Rounds", Description = "Participatory grant rounds: applications (drafted, changed, withdrawn), recordings, the panel, independent scoring, results and decisions." },
        new() { Name = "Public", Description = "Published grant rounds, for anyone without a token: the index of rounds to apply to, and each round's call and outcome." },
        new() { Name = "Me", Description = "The signed-in person's own notifications and how they are told (email, language, per kind)." },
        new() { Name = "Vocabulary", Description = "The words the portal uses, with plain-language explanations." },
        new() { Name = "Admin", Description = "Platform admins only: organisation verification, personal-data requests (export, erasure), and mail that keeps failing." },
        new() { Name = "Development", Description = "Only on a development portal: tokens for any subject." },
    ];

    public static WebApplication MapPortalOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        // The document is one for every reader: built in English whatever the request's language (its schemas are sorted
        // by the current culture's rules, and Welsh sorts "ll" and "ch" as letters of their own).
        app.UseWhen(context => context.Request.Path == DocumentPath, document => document.Use(next => context =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = PortalCultures.English;
            return next(context);
        }));
        // Only requests for /swagger pass through the UI's middleware (it looked at every request's path).
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), swagger => swagger.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "FunderPortal API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "FunderPortal API";
        }));
        return app;
    }
}
