using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Pieces of co-production work: rungs, participants, practices, milestones, barriers.</summary>
public partial interface ICharityGrain
{
    [Alias("StartWorkstream")]
    Task<WorkstreamView> StartWorkstreamAsync(StartWorkstream command, string subject);

    [Alias("GetWorkstream")]
    Task<WorkstreamView> GetWorkstreamAsync(string workstreamId, string subject);

    [Alias("ChangeWorkstream")]
    Task<WorkstreamView> ChangeWorkstreamAsync(string workstreamId, ChangeWorkstream command, string subject);

    [Alias("SetRungs")]
    Task<WorkstreamView> SetRungsAsync(string workstreamId, ActivityKind activityKind, RungPair rungs, string subject);

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
}
