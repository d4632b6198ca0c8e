using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// One charity, keyed by its org-id: profile, members and journey map. Every method takes the caller's
/// subject because access is decided here, by the owner of the data.
/// </summary>
[Alias("FunderPortal.ICharityGrain")]
public interface ICharityGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<CharityProfile> RegisterAsync(RegisterCharity command, string subject);

    [Alias("GetProfile")]
    Task<CharityProfile> GetProfileAsync(string subject);

    /// <param name="expectedVersion">When set, the change is refused (412) unless it is the current version.</param>
    [Alias("ChangeProfile")]
    Task<CharityProfile> ChangeProfileAsync(ChangeCharityProfile command, long? expectedVersion, string subject);

    [Alias("GetMembers")]
    Task<IReadOnlyList<Member>> GetMembersAsync(string subject);

    [Alias("SetMember")]
    Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject);

    [Alias("RemoveMember")]
    Task RemoveMemberAsync(string memberSubject, string subject);

    [Alias("StartWorkstream")]
    Task<WorkstreamView> StartWorkstreamAsync(StartWorkstream command, string subject);

    [Alias("GetWorkstream")]
    Task<WorkstreamView> GetWorkstreamAsync(string workstreamId, string subject);

    [Alias("ChangeWorkstream")]
    Task<WorkstreamView> ChangeWorkstreamAsync(string workstreamId, ChangeWorkstream command, string subject);

    [Alias("SetRungs")]
    Task<WorkstreamView> SetRungsAsync(string workstreamId, ActivityKind activityKind, RungPair rungs, string subject);

    /// <summary>The journey map now, or as it was at <paramref name="asOf"/> (404 before the charity existed).</summary>
    [Alias("GetJourney")]
    Task<JourneyView> GetJourneyAsync(DateTimeOffset? asOf, string subject);

    /// <summary>Events oldest first, after version <paramref name="afterVersion"/>.</summary>
    [Alias("GetHistory")]
    Task<HistoryPage> GetHistoryAsync(long afterVersion, int limit, string subject);
}
