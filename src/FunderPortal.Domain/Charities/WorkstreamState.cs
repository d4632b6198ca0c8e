using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>One piece of co-production work, as folded from the charity's events.</summary>
public sealed class WorkstreamState
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? Purpose { get; set; }
    public string? IntendedOutcome { get; set; }
    public string? WhatEveryoneWalksAwayWith { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public Dictionary<ActivityKind, RungPair> Rungs { get; set; } = [];
    public Participants Participants { get; set; } = Participants.None;
    public Dictionary<ActivityKind, List<string>> Practices { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<Barrier> Barriers { get; set; } = [];

    public RungPair RungsFor(ActivityKind kind) => Rungs.GetValueOrDefault(kind, RungPair.Unset);

    public IReadOnlyList<string> PracticesFor(ActivityKind kind) => Practices.TryGetValue(kind, out var list) ? list : [];

    public Milestone? FindMilestone(string id) => Milestones.Find(m => m.Id == id);

    public Barrier? FindBarrier(string id) => Barriers.Find(b => b.Id == id);
}

