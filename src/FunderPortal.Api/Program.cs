using FunderPortal.Api.Admin;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Funders;
using FunderPortal.Api.Glossary;
using FunderPortal.Api.Health;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.OpenApi;
using FunderPortal.Api.People;
using FunderPortal.Api.Protection;
using FunderPortal.Api.Rounds;
using FunderPortal.Api.Web;
using FunderPortal.Web.Browser;
using FunderPortal.Web.Localisation;

// The table of contents: each line is one concern, in its own folder.
// Settings files sit beside the binary, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

var settings = builder.AddPortalSettings(); // every setting bound once and validated: a bad one stops start-up, named
builder.AddPortalHosting(settings);        // default address, clock, event store
builder.AddPortalSilo(settings);           // the Orleans silo inside this process
builder.AddPortalAuthentication(settings); // bearer tokens for the API, a cookie for browsers (development sign-in or OpenID Connect)
builder.AddPortalErrors();         // RFC 9457 problem+json for every failure
builder.AddPortalOpenApi();        // /openapi/v1.json and /swagger
builder.AddPortalForwardedHeaders(settings); // X-Forwarded-For/-Proto only from Portal__TrustedProxies; HSTS
builder.AddPortalRateLimiting();   // 429 with Retry-After past a per-person limit
builder.Services.AddPortalHealthChecks();
builder.AddPlatformAdmins();      // Portal__Admins: organisation verification, personal-data requests
builder.AddPortalWeb();            // the web portal: Razor components, server-rendered

var app = builder.Build();

app.UsePortalForwardedHeaders();  // first: the real client's address and scheme for everything after
app.UsePortalLocalisation();      // Welsh or English (cookie, preference, Accept-Language), before any answer is written
app.UseSecurityHeaders();
app.UsePortalErrors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.UseMiddleware<RequestLimitsMiddleware>();
app.UseIdempotency();
app.UseExceptionHandler(); // again, inside: failures become responses that the idempotency layer can keep

app.MapPortalOpenApi();
app.MapPortalHealth();
app.MapDevTokens();
app.MapVocabularyApi();
app.MapCharitiesApi();
app.MapAttestationsApi();
app.MapParticipantCheckInsApi();
app.MapFundersApi();
app.MapRoundsApi();
app.MapAdminApi();
app.MapMeApi();
app.MapUnsubscribe();  // one-click unsubscribe from mail, no sign-in (RFC 8058)        // what is the signed-in person's own: notifications
app.MapWebDownloads();  // files the pages offer, served exactly as the API serves them
app.MapPortalWeb();

app.Run();
