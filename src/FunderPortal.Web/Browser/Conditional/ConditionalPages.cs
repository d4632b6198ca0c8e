using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Http.Conditional;
using FunderPortal.Notifications;
using Microsoft.Net.Http.Headers;

namespace FunderPortal.Web.Browser.Conditional;

/// <summary>
/// Pages marked <see cref="CharityPageETagAttribute"/>: before the page is made, its weak ETag is worked out from
/// everything it shows — the charity's version, what this person may read there and their unread inbox items (one grain
/// call), their unread notifications (the header), who they are, the day, the culture, the address, this build, and the
/// antiforgery cookie the header's sign-out form is bound to. A browser holding it gets 304; a page already made for it
/// is sent as kept (<see cref="ResponseBytes"/>); otherwise the page is made, kept and tagged. Either way a funder's
/// member's read is in the charity's access log. Pages with forms of their own are never marked (their antiforgery
/// tokens are the form's own).
/// </summary>
public sealed class ConditionalPages(RequestDelegate next, IGrainFactory grains, ResponseBytes kept, IClock clock, LocalReads local)
{
    public const string AntiforgeryCookie = "funderportal-antiforgery";

    private static readonly string Build = typeof(ConditionalPages).Assembly.ManifestModule.ModuleVersionId.ToString("n");

    public async Task InvokeAsync(HttpContext http)
    {
        var page = http.GetEndpoint()?.Metadata.GetMetadata<CharityPageETagAttribute>();
        if (page is null || !HttpMethods.IsGet(http.Request.Method)
            || http.User.Identity is not { IsAuthenticated: true } identity || identity.AuthenticationType == PanelTokenHandler.SchemeName
            || (page.NotWith is { } other && http.Request.Query.ContainsKey(other))
            || !http.Request.Cookies.TryGetValue(AntiforgeryCookie, out var antiforgery)
            || http.GetRouteValue("OrgId") is not string orgId)
        {
            await next(http);
            return;
        }

        var subject = http.User.Subject();
        var charity = grains.Charity(orgId);
        // A member's stamp and count as their grains published them in this silo (LocalReads); otherwise asked.
        CharityPageStamp stamp;
        try
        {
            stamp = local.StampForMember(orgId, subject) ?? await charity.GetPageStampAsync(subject);
        }
        catch (PortalException)
        {
            await next(http); // the page says why
            return;
        }
        var etag = Tag(http, page, stamp, await UnreadNotificationsAsync(subject), antiforgery);

        if (EntityTags.NoneMatchHolds(http.Request.Headers.IfNoneMatch, etag) || kept.TryGet(etag, out _))
        {
            if (!await LoggedAsync(charity, page, stamp, subject))
            {
                await next(http);
                return;
            }
            if (EntityTags.NoneMatchHolds(http.Request.Headers.IfNoneMatch, etag))
            {
                Conditional(http.Response, etag);
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            if (kept.TryGet(etag, out var html))
            {
                await SendAsync(http.Response, etag, html);
                return;
            }
        }
        await MakeAndKeepAsync(http, etag);
    }

    /// <summary>The page made by the next step, kept when it is the whole of a 200 that sets no cookie, and tagged.</summary>
    private async Task MakeAndKeepAsync(HttpContext http, string etag)
    {
        var response = http.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            response.Body = original;
        }
        var html = buffer.ToArray();
        if (response.StatusCode == StatusCodes.Status200OK && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
            && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            kept.Keep(etag, html);
            Conditional(response, etag);
        }
        response.ContentLength = html.Length;
        await original.WriteAsync(html, http.RequestAborted);
    }

    private static async Task SendAsync(HttpResponse response, string etag, byte[] html)
    {
        Conditional(response, etag);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = html.Length;
        await response.Body.WriteAsync(html, response.HttpContext.RequestAborted);
    }

    /// <summary>The browser may keep the page for this person alone and must ask again each time (no-store would forbid the ETag its use).</summary>
    private static void Conditional(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.Remove(HeaderNames.Pragma);
    }

    /// <summary>A page not made again is still a read: a funder's member's is logged (false when the charity now refuses it).</summary>
    private static async Task<bool> LoggedAsync(ICharityGrain charity, CharityPageETagAttribute page, CharityPageStamp stamp, string subject)
    {
        if (stamp.Access.IsMember)
            return true;
        try
        {
            await charity.LogPageReadAsync(page.Scope, page.Read, subject);
            return true;
        }
        catch (PortalException)
        {
            return false;
        }
    }

    /// <summary>The header's count (as the layout shows it: none when it cannot be read).</summary>
    private async Task<int?> UnreadNotificationsAsync(string subject)
    {
        if (local.UnreadNotifications(subject) is { } published)
            return published;
        try
        {
            return await GrainReferences.Get<INotificationsGrain>(grains, subject).GetUnreadCountAsync();
        }
        catch (PortalException)
        {
            return null;
        }
    }

    private string Tag(HttpContext http, CharityPageETagAttribute page, CharityPageStamp stamp, int? notifications, string antiforgery)
    {
        var access = stamp.Access;
        var shown = string.Join('\n',
            Build, page.Read, http.Request.Path.Value, http.Request.QueryString.Value,
            http.User.Subject(), http.User.Identity?.Name, http.User.Identity?.AuthenticationType,
            CultureInfo.CurrentUICulture.Name, clock.Today().ToString("O", CultureInfo.InvariantCulture),
            stamp.Version.ToString(CultureInfo.InvariantCulture), access.Role?.ToString(), string.Join(',', access.Scopes.Order()),
            stamp.InboxUnread.ToString(CultureInfo.InvariantCulture), notifications?.ToString(CultureInfo.InvariantCulture),
            antiforgery);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(shown), hash);
        return $"W/\"p-{Convert.ToHexStringLower(hash[..16])}\"";
    }
}
