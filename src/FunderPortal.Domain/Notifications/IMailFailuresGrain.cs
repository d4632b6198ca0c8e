namespace FunderPortal.Notifications;

/// <summary>
/// The platform's mail that keeps failing (one grain, key 0, stream <c>mail-failures</c>): the mail sender records a
/// message once it counts as failing and again when it is delivered after all; platform admins read it
/// (<c>GET /api/v1/admin/mail-failures</c>, <c>/admin/mail</c>). Addresses only masked.
/// </summary>
[Alias("FunderPortal.IMailFailuresGrain")]
public interface IMailFailuresGrain : IGrainWithIntegerKey
{
    [Alias("RecordFailing")]
    Task RecordFailingAsync(MailFailureReport report);

    [Alias("RecordDelivered")]
    Task RecordDeliveredAsync(string messageId);

    /// <summary>Newest first; 403 unless <paramref name="subject"/> is a platform admin.</summary>
    [Alias("Get")]
    Task<IReadOnlyList<MailFailureView>> GetAsync(string subject);
}
