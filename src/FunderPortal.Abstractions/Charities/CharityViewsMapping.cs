using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Builds the immutable views from folded state; every <see cref="ActivityKind"/> is always present.</summary>
public static class CharityViewsMapping
{
    public static CharityProfile ToProfile(this CharityState s, MemberRole yourRole) => new(
        s.OrgId, s.Name, s.SizeBand, [.. s.Areas], [.. s.Causes], s.CoProductionMeaning,
        s.RegisteredAt ?? default, s.LastRecordedAt ?? default, s.Version, yourRole);

    public static WorkstreamView ToView(this WorkstreamState w) => new(
        w.Id, w.Title, w.Purpose, w.IntendedOutcome, w.WhatEveryoneWalksAwayWith, w.StartedAt,
        Enum.GetValues<ActivityKind>().ToDictionary(k => k, w.RungsFor));

    public static JourneyView ToJourney(this CharityState s, DateTimeOffset asOf) => new(
        s.OrgId, s.Name, asOf, s.Version, [.. s.Workstreams.Select(w => w.ToView())]);
}
