using FunderPortal.Api.Errors;

namespace FunderPortal.Api.Admin;

/// <summary>
/// <c>/api/v1/admin</c>: what only platform admins do (organisation verification, personal-data requests).
/// Every route here answers 403 to anyone not listed in <c>Portal__Admins</c>, before its handler runs.
/// </summary>
public static class AdminApi
{
    public static WebApplicationBuilder AddPlatformAdmins(this WebApplicationBuilder builder)
    {
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
        return app;
    }
}
