using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary><c>/api/v1/charities/{orgId}/workstreams</c>: the pieces of co-production work and everything on them.</summary>
public static class WorkstreamsApi
{
    public static RouteGroupBuilder MapWorkstreamsApi(this RouteGroupBuilder charity)
    {
        charity.MapPost("/workstreams", StartWorkstream)
            .WithName("StartWorkstream").WithSummary("Start a workstream (a piece of co-production work)")
            .ProducesWriteProblems().WithIdempotency();

        var workstream = charity.MapGroup("/workstreams/{workstreamId}");
        workstream.MapGet("/", GetWorkstream)
            .WithName("GetWorkstream").WithSummary("One workstream with its rungs, participants, practices, milestones and barriers");
        workstream.MapPatch("/", ChangeWorkstream)
            .WithName("ChangeWorkstream").WithSummary("Change a workstream's title or words")
            .ProducesWriteProblems();
        workstream.MapPut("/rungs/{activityKind}", SetRungs)
            .WithName("SetRungs").WithSummary("Set the current and target ladder rung of one activity kind")
            .ProducesWriteProblems();
        workstream.MapPut("/participants", RecordParticipants)
            .WithName("RecordParticipants").WithSummary("Who takes part: how many, seldom-heard groups reached, roles they take")
            .ProducesWriteProblems();
        workstream.MapPut("/practices/{activityKind}", SetPractices)
            .WithName("SetPractices").WithSummary("The practices in use for one activity kind")
            .ProducesWriteProblems();

        workstream.MapPost("/milestones", PlanMilestone)
            .WithName("PlanMilestone").WithSummary("Plan a milestone (with its done date if already met)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        workstream.MapPut("/milestones/{milestoneId}", UpdateMilestone)
            .WithName("UpdateMilestone").WithSummary("Replace a milestone: title, planned date, done date")
            .ProducesWriteProblems();

        workstream.MapPost("/barriers", RecordBarrier)
            .WithName("RecordBarrier").WithSummary("Record a barrier with its mitigation")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        workstream.MapPut("/barriers/{barrierId}", UpdateBarrier)
            .WithName("UpdateBarrier").WithSummary("Replace a barrier: kind, description, mitigation, status")
            .ProducesWriteProblems();
        return charity;
    }

    private static async Task<Created<WorkstreamResponse>> StartWorkstream(
        string orgId, StartWorkstreamRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var workstream = await grains.Charity(orgId).StartWorkstreamAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/workstreams/{workstream.Id}", workstream.ToResponse());
    }

    private static async Task<Ok<WorkstreamResponse>> GetWorkstream(
        string orgId, string workstreamId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetWorkstreamAsync(workstreamId, user.Subject())).ToResponse());

    private static async Task<Ok<WorkstreamResponse>> ChangeWorkstream(
        string orgId, string workstreamId, ChangeWorkstreamRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ChangeWorkstreamAsync(workstreamId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<Ok<WorkstreamResponse>> SetRungs(
        string orgId, string workstreamId, ActivityKind activityKind, SetRungsRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var rungs = new RungPair(request.Current, request.Target);
        return TypedResults.Ok((await grains.Charity(orgId).SetRungsAsync(workstreamId, activityKind, rungs, user.Subject())).ToResponse());
    }

    private static async Task<Ok<WorkstreamResponse>> RecordParticipants(
        string orgId, string workstreamId, RecordParticipantsRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).RecordParticipantsAsync(workstreamId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<Ok<WorkstreamResponse>> SetPractices(
        string orgId, string workstreamId, ActivityKind activityKind, SetPracticesRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).SetPracticesAsync(workstreamId, activityKind, request.Practices ?? [], user.Subject())).ToResponse());

    private static async Task<Created<MilestoneResponse>> PlanMilestone(
        string orgId, string workstreamId, MilestoneRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var milestone = await grains.Charity(orgId).PlanMilestoneAsync(workstreamId, request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/workstreams/{workstreamId}/milestones/{milestone.Id}", milestone.ToResponse());
    }

    private static async Task<Ok<MilestoneResponse>> UpdateMilestone(
        string orgId, string workstreamId, string milestoneId, MilestoneRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).UpdateMilestoneAsync(workstreamId, milestoneId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<Created<BarrierResponse>> RecordBarrier(
        string orgId, string workstreamId, BarrierRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var barrier = await grains.Charity(orgId).RecordBarrierAsync(workstreamId, request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/workstreams/{workstreamId}/barriers/{barrier.Id}", barrier.ToResponse());
    }

    private static async Task<Ok<BarrierResponse>> UpdateBarrier(
        string orgId, string workstreamId, string barrierId, BarrierRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).UpdateBarrierAsync(workstreamId, barrierId, request.ToCommand(), user.Subject())).ToResponse());
}
