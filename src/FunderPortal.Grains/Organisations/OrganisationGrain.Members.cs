using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Organisations;

public abstract partial class OrganisationGrain<TState, TEvent, TProfile, TRegister, TChange>
{
    public Task<IReadOnlyList<Member>> GetMembersAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<Member> members = [.. State.Members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new Member(m.Key, m.Value))];
        return Task.FromResult(members);
    }

    public Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject) =>
        ChangeAsync(subject, s => Memberships.Grant<TEvent>(s, memberSubject, role),
            s => new Member(memberSubject, s.Members[memberSubject]));

    public Task RemoveMemberAsync(string memberSubject, string subject) =>
        ChangeAsync(subject, s => Memberships.Remove<TEvent>(s, memberSubject));

    public Task TellMembersAsync(NotificationNotice notice)
    {
        RequireRegistered();
        return Task.WhenAll(NotificationFanOut.ToMembers(State, except: null, notice)
            .Select(n => GrainFactory.GetGrain<INotificationsGrain>(n.Subject).ReceiveAsync(n.Notice)));
    }

    /// <summary>Asked by other grains (interleaved): the subject's role, or null.</summary>
    public Task<MemberRole?> GetMemberRoleAsync(string subject) => Task.FromResult(State.RoleOf(subject));
}
