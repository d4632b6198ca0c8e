using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public Task<WorkstreamView> StartWorkstreamAsync(StartWorkstream command, string subject) =>
        CreateAsync(subject, "workstream", (s, id) => CharityDecisions.StartWorkstream(s, id, command), (s, id) => s.FindWorkstream(id)?.ToView(s));

    public async Task<WorkstreamView> GetWorkstreamAsync(string workstreamId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, $"workstreams/{workstreamId}");
        return CharityDecisions.RequireWorkstream(State, workstreamId).ToView(State);
    }

    public Task<WorkstreamView> ChangeWorkstreamAsync(string workstreamId, ChangeWorkstream command, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.ChangeWorkstream(s, workstreamId, command),
            s => s.FindWorkstream(workstreamId)!.ToView(s));

    public Task<WorkstreamView> SetRungsAsync(string workstreamId, ActivityKind activityKind, RungPair rungs, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.SetRungs(s, workstreamId, activityKind, rungs),
            s => s.FindWorkstream(workstreamId)!.ToView(s));

    public Task<WorkstreamView> RecordParticipantsAsync(string workstreamId, RecordParticipants command, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.RecordParticipants(s, workstreamId, command),
            s => s.FindWorkstream(workstreamId)!.ToView(s));

    public Task<WorkstreamView> SetPracticesAsync(string workstreamId, ActivityKind activityKind, IReadOnlyList<string> practices, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.SetPractices(s, workstreamId, activityKind, practices),
            s => s.FindWorkstream(workstreamId)!.ToView(s));

    public Task<Milestone> PlanMilestoneAsync(string workstreamId, MilestoneDetails details, string subject) =>
        CreateAsync(subject, "milestone", (s, id) => CharityDecisions.PlanMilestone(s, workstreamId, id, details, Today),
            (s, id) => s.FindWorkstream(workstreamId)?.FindMilestone(id));

    public Task<Milestone> UpdateMilestoneAsync(string workstreamId, string milestoneId, MilestoneDetails details, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.UpdateMilestone(s, workstreamId, milestoneId, details, Today),
            s => s.FindWorkstream(workstreamId)!.FindMilestone(milestoneId)!);

    public Task<Barrier> RecordBarrierAsync(string workstreamId, BarrierDetails details, string subject) =>
        CreateAsync(subject, "barrier", (s, id) => CharityDecisions.RecordBarrier(s, workstreamId, id, details),
            (s, id) => s.FindWorkstream(workstreamId)?.FindBarrier(id));

    public Task<Barrier> UpdateBarrierAsync(string workstreamId, string barrierId, BarrierDetails details, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.UpdateBarrier(s, workstreamId, barrierId, details),
            s => s.FindWorkstream(workstreamId)!.FindBarrier(barrierId)!);
}
