using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Notifications;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.People;

/// <summary>
/// What belongs to the signed-in person alone: <c>/api/v1/me/notifications</c>, their notification centre (newest
/// first, each marked read by them). A panellist-only token has no person behind it and is refused (403).
/// </summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me")
            .WithTags("Me")
            .RequireAuthorization()
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        me.MapGet("/notifications", GetNotifications)
            .WithName("ListMyNotifications").WithSummary("Your notifications, newest first, each with a link to where to act")
            .ProducesValidationProblem();
        me.MapPost("/notifications/read-all", MarkAllRead)
            .WithName("MarkAllMyNotificationsRead").WithSummary("Mark every notification you have now read");
        me.MapPost("/notifications/{id}/read", MarkRead)
            .WithName("MarkMyNotificationRead").WithSummary("Mark one of your notifications read")
            .ProducesProblem(StatusCodes.Status404NotFound);

        me.MapGet("/preferences", GetPreferences)
            .WithName("GetMyPreferences").WithSummary("Your email address (and whether it is confirmed), language, and how each kind of notification is emailed");
        me.MapPut("/preferences", ChangePreferences)
            .WithName("ChangeMyPreferences").WithSummary("Change them; a new address is sent a confirmation link and used only once it is followed")
            .ProducesWriteProblems();
        return app;
    }

    private static async Task<Ok<NotificationsResponse>> GetNotifications(
        [Description("true: only the notifications you have not marked read.")] bool? unread,
        [Range(typeof(long), "0", "9223372036854775807"), Description(PageParameters.After)] long? after,
        [Range(1, Paging.MaxLimit), Description(PageParameters.Limit)] int? limit, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await Centre(grains, user).GetPageAsync(unread == true, after, Paging.Check(after, limit))).ToResponse());

    private static async Task<NoContent> MarkRead(string id, IGrainFactory grains, ClaimsPrincipal user)
    {
        await Centre(grains, user).MarkReadAsync(id);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkAllRead(IGrainFactory grains, ClaimsPrincipal user)
    {
        await Centre(grains, user).MarkAllReadAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Ok<NotificationPreferencesResponse>> GetPreferences(IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await Centre(grains, user).GetPreferencesAsync()).ToResponse());

    private static async Task<Ok<NotificationPreferencesResponse>> ChangePreferences(NotificationPreferencesRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await Centre(grains, user).ChangePreferencesAsync(new ChangePreferences(request.Email, request.Language, request.Delivery))).ToResponse());

    /// <summary>The caller's own centre; a panellist-only token (no person behind it) is refused before any grain is asked.</summary>
    private static INotificationsGrain Centre(IGrainFactory grains, ClaimsPrincipal user)
    {
        var subject = user.Subject();
        if (PanelSubjects.IsPanelSubject(subject))
            throw new ForbiddenException("A panellist's link has no person behind it: sign in as yourself for what is yours.");
        return grains.GetGrain<INotificationsGrain>(subject);
    }
}
