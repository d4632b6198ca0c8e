using FunderPortal.Common;
using Orleans.Concurrency;

namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    [Alias("GetMembers")]
    Task<IReadOnlyList<Member>> GetMembersAsync(string subject);

    [Alias("SetMember")]
    Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject);

    [Alias("RemoveMember")]
    Task RemoveMemberAsync(string memberSubject, string subject);

    /// <summary>
    /// The subject's role in this charity, or null: asked by a round grain deciding whether someone may apply for, or
    /// read, the charity's application. Interleaved, so it cannot deadlock with calls the other way.
    /// </summary>
    [Alias("GetMemberRole"), AlwaysInterleave]
    Task<MemberRole?> GetMemberRoleAsync(string subject);
}
