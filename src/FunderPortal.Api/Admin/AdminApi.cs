using FunderPortal.Api.Errors;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Admin;

/// <summary>
/// <c>/api/v1/admin</c>: what only platform admins do (organisation verification, personal-data requests, failing mail).
/// Every route here answers 403 to anyone not listed in <c>Portal__Admins</c>, before its handler runs.
/// </summary>
public static class AdminApi
{
    public static WebApplicationBuilder AddPlatformAdmins(this WebApplicationBuilder builder)
    {
        // One list for the routes and the grains (which check again: a grain trusts no caller's word that it is an admin).
        builder.Services.AddSingleton(services => new PlatformAdminList(services.GetRequiredService<IOptions<PortalOptions>>().Value.Admins));
        builder.Services.AddSingleton<PlatformAdmins>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin")
            .WithTags("Admin")
            .RequireAuthorization()
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<PlatformAdmins>().Demand(context.HttpContext.User);
                return await next(context);
            });

        // Each admin feature maps its routes on this group.
        admin.MapVerificationApi();
        admin.MapPersonalDataApi();
        admin.MapMailFailuresApi();
        return app;
    }
}
