using FunderPortal.Charities;
using FunderPortal.Common;
using Orleans.Concurrency;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    [Alias("GetMembers")]
    Task<IReadOnlyList<Member>> GetMembersAsync(string subject);

    [Alias("SetMember")]
    Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject);

    [Alias("RemoveMember")]
    Task RemoveMemberAsync(string memberSubject, string subject);

    /// <summary>
    /// The subject's role in this funder, or null: asked by charity grains deciding whether a funder's member may
    /// read what the charity shares. Interleaved, so a charity asking while this funder calls it cannot deadlock.
    /// </summary>
    [Alias("GetMemberRole"), AlwaysInterleave]
    Task<MemberRole?> GetMemberRoleAsync(string subject);
}
