namespace FunderPortal.Api.Protection;

/// <summary>
/// Headers on every response, errors included: no content sniffing, never framed by another site (clickjacking),
/// and no addresses leaked to other sites through the Referer header (one-time links carry tokens in their path).
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context.Response); // static: no closure made per request
            return next(context);
        });
        return app;
    }

    private static Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!headers.ContainsKey("Content-Security-Policy"))
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        return Task.CompletedTask;
    }
}
