using System.Text.Json;
using FunderPortal.Api.Admin;
using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Charities;

/// <summary>Between the HTTP contract and the grain messages, which evolve separately.</summary>
public static class CharityMappings
{
    public static RegisterCharity ToCommand(this RegisterCharityRequest r) =>
        new(r.OrgId, r.Name, r.SizeBand, r.Areas ?? [], r.Causes ?? [], r.CoProductionMeaning);

    public static ChangeCharityProfile ToCommand(this ChangeCharityProfileRequest r) =>
        new(r.Name, r.SizeBand, r.Areas, r.Causes, r.CoProductionMeaning, r.CheckInIntervalDays, r.AreaCodes);

    public static StartWorkstream ToCommand(this StartWorkstreamRequest r) =>
        new(r.Title, r.Purpose, r.IntendedOutcome, r.WhatEveryoneWalksAwayWith);

    public static ChangeWorkstream ToCommand(this ChangeWorkstreamRequest r) =>
        new(r.Title, r.Purpose, r.IntendedOutcome, r.WhatEveryoneWalksAwayWith);

    public static CharityProfileResponse ToResponse(this CharityProfile p) =>
        new(p.OrgId, p.Name, p.SizeBand, p.Areas, p.Causes, p.CoProductionMeaning, p.RegisteredAt, p.UpdatedAt, p.Version, p.YourRole,
            p.Verification.ToResponse(), p.AreaCodes ?? []);

    public static MemberResponse ToResponse(this Member m) => new(m.Subject, m.Role);

    public static WorkstreamResponse ToResponse(this WorkstreamView w) =>
        new(w.Id, w.Title, w.Purpose, w.IntendedOutcome, w.WhatEveryoneWalksAwayWith, w.StartedAt,
            new RungsResponse(Pair(w, ActivityKind.CoDesign), Pair(w, ActivityKind.CoDecision), Pair(w, ActivityKind.CoDelivery), Pair(w, ActivityKind.CoEvaluation)),
            w.Participants.ToResponse(),
            new PracticesResponse(Practices(w, ActivityKind.CoDesign), Practices(w, ActivityKind.CoDecision), Practices(w, ActivityKind.CoDelivery), Practices(w, ActivityKind.CoEvaluation)),
            [.. w.Milestones.Select(JourneyMappings.ToResponse)],
            [.. w.Barriers.Select(JourneyMappings.ToResponse)]);

    public static JourneyResponse ToResponse(this JourneyView j) =>
        new(j.OrgId, j.Name, j.AsOf, j.Version, [.. j.Workstreams.Select(ToResponse)], j.NextCheckInDue, j.LastCheckInOn, j.CheckInCount, j.OrganisationVerified);

    public static HistoryResponse ToResponse(this HistoryPage page) =>
        new([.. page.Events.Select(e => new HistoryEventResponse(e.Version, e.Type, e.RecordedAt, e.Actor, JsonElement.Parse(e.Data)))], page.Next);

    private static ParticipantsResponse ToResponse(this Participants p) => new(p.Count, p.GroupsReached, p.Roles);

    private static IReadOnlyList<string> Practices(WorkstreamView w, ActivityKind kind) =>
        w.Practices.TryGetValue(kind, out var practices) ? practices : [];

    private static RungPairResponse Pair(WorkstreamView w, ActivityKind kind)
    {
        var pair = w.Rungs.GetValueOrDefault(kind, RungPair.Unset);
        var evidenced = w.Evidenced.GetValueOrDefault(kind);
        return new(pair.Current, pair.Target, evidenced, EvidenceRules.NotYetEvidenced(pair.Current, evidenced));
    }
}
