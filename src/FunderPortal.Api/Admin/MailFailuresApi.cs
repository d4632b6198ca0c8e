using System.Security.Claims;
using FunderPortal.Http;
using FunderPortal.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Admin;

/// <summary>
/// Mail that keeps failing, with the reason, for platform admins (the admin group has already refused anyone else):
/// after a few attempts or a minute of failing a message is listed, and marked when it is delivered after all or refused
/// for good. Addresses are shown masked (<c>s***@example.org</c>), never whole.
/// </summary>
public static class MailFailuresApi
{
    public static RouteGroupBuilder MapMailFailuresApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mail-failures", List)
            .WithName("ListMailFailures").WithSummary("Messages that keep failing (or failed for good, or were delivered after failing), newest first, with the reason");
        return admin;
    }

    private static async Task<Ok<MailFailureResponse[]>> List(IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.GetGrain<IMailFailuresGrain>(0).GetAsync(user.Subject()))
            .Select(f => new MailFailureResponse(f.MessageId, f.What, f.To, f.Reason, f.Attempts, f.FirstFailedAt, f.LastFailedAt, f.Status, f.DeliveredAt))
            .ToArray());
}

/// <summary>One failing message: <c>to</c> masked; <c>status</c> Failing (still retried), Refused (not sent again) or DeliveredLater.</summary>
public sealed record MailFailureResponse(
    string MessageId,
    string What,
    string To,
    string Reason,
    int Attempts,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt,
    MailFailureStatus Status,
    DateTimeOffset? DeliveredAt);
