using FunderPortal.Charities;
using FunderPortal.Common.Outbox;
using FunderPortal.Funders;
using FunderPortal.People;

namespace FunderPortal.Notifications;

/// <summary>
/// Notifications as outbox notices: one per person and notification, sent until that person's centre confirms. The key
/// names both, and a notification never changes, so a notice posted again (at activation) is the same word.
/// </summary>
internal static class PersonNotices
{
    public static IEnumerable<Notice> ToNotices(IEnumerable<PersonNotice> notices) =>
        notices.Select(n => new Notice($"notify/{n.Subject}/{n.Notice.Id}", 1,
            grains => grains.GetGrain<INotificationsGrain>(n.Subject).ReceiveAsync(n.Notice)));

    /// <summary>
    /// One per organisation and notification, sent to that organisation's grain until it confirms that every member holds
    /// it (<c>TellMembersAsync</c>); a refusal (the organisation is not on the portal) ends it.
    /// </summary>
    public static IEnumerable<Notice> ToNotices(IEnumerable<MembersNotice> notices) =>
        notices.Select(n => new Notice($"notify-members/{n.Place}/{n.OrgId}/{n.Notice.Id}", 1, n.Place switch
        {
            PlaceKind.Charity => grains => grains.GetGrain<ICharityGrain>(n.OrgId).TellMembersAsync(n.Notice),
            PlaceKind.Funder => grains => grains.GetGrain<IFunderGrain>(n.OrgId).TellMembersAsync(n.Notice),
            _ => throw new ArgumentOutOfRangeException(nameof(notices), n.Place, "Only charities and funders have members to tell."),
        }));
}
