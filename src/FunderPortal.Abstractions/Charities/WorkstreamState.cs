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

    public RungPair RungsFor(ActivityKind kind) => Rungs.GetValueOrDefault(kind, RungPair.Unset);
}
