using FunderPortal.Common;

namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    /// <summary>A one-time link to join as <paramref name="role"/>, instead of adding a member by subject.</summary>
    [Alias("Invite")]
    Task<InvitationLink> InviteAsync(MemberRole role, string subject);

    /// <summary>As above; with <paramref name="email"/> the link is also emailed there (the address is not kept).</summary>
    [Alias("InviteByMail")]
    Task<InvitationLink> InviteAsync(MemberRole role, string? email, string subject);

    [Alias("AcceptInvitation")]
    Task<Member> AcceptInvitationAsync(string token, string subject);
}
