using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// One charity, keyed by its org-id: profile, members and journey map. Every method takes the caller's
/// subject because access is decided here, by the owner of the data. Partial: each feature declares its
/// methods in a file of its own (ICharityGrain.Resourcing.cs, …).
/// </summary>
[Alias("FunderPortal.ICharityGrain")]
public partial interface ICharityGrain : IGrainWithStringKey
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

    /// <summary>A one-time link to join as <paramref name="role"/>, instead of adding a member by subject.</summary>
    [Alias("Invite")]
    Task<InvitationLink> InviteAsync(MemberRole role, string subject);

    [Alias("AcceptInvitation")]
    Task<Member> AcceptInvitationAsync(string token, string subject);

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

    [Alias("RecordParticipants")]
    Task<WorkstreamView> RecordParticipantsAsync(string workstreamId, RecordParticipants command, string subject);

    [Alias("SetPractices")]
    Task<WorkstreamView> SetPracticesAsync(string workstreamId, ActivityKind activityKind, IReadOnlyList<string> practices, string subject);

    [Alias("PlanMilestone")]
    Task<Milestone> PlanMilestoneAsync(string workstreamId, MilestoneDetails details, string subject);

    [Alias("UpdateMilestone")]
    Task<Milestone> UpdateMilestoneAsync(string workstreamId, string milestoneId, MilestoneDetails details, string subject);

    [Alias("RecordBarrier")]
    Task<Barrier> RecordBarrierAsync(string workstreamId, BarrierDetails details, string subject);

    [Alias("UpdateBarrier")]
    Task<Barrier> UpdateBarrierAsync(string workstreamId, string barrierId, BarrierDetails details, string subject);

    [Alias("RecordCheckIn")]
    Task<CheckIn> RecordCheckInAsync(RecordCheckIn command, string subject);

    /// <summary>Every check-in, newest first.</summary>
    [Alias("GetCheckIns")]
    Task<IReadOnlyList<CheckIn>> GetCheckInsAsync(string subject);

    [Alias("GetCheckIn")]
    Task<CheckIn> GetCheckInAsync(string checkInId, string subject);

    [Alias("RecordLeadership")]
    Task<LeadershipView> RecordLeadershipAsync(LeadershipValues values, string subject);

    [Alias("GetLeadership")]
    Task<LeadershipView> GetLeadershipAsync(string subject);

    /// <summary>What changed between two instants (rungs, milestones, barriers, check-ins).</summary>
    [Alias("GetProgress")]
    Task<ProgressView> GetProgressAsync(DateTimeOffset since, DateTimeOffset until, string subject);
}
