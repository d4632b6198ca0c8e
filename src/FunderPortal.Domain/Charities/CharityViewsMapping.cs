using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Builds the immutable views from folded state; every <see cref="ActivityKind"/> is always present.</summary>
public static class CharityViewsMapping
{
    public static CharityProfile ToProfile(this CharityState s, MemberRole yourRole) => new(
        s.OrgId, s.Name, s.SizeBand, [.. s.Areas], [.. s.Causes], s.CoProductionMeaning,
        s.RegisteredAt ?? default, s.LastRecordedAt ?? default, s.Version, yourRole, s.Verification, [.. s.AreaCodes]);

    public static WorkstreamView ToView(this WorkstreamState w, CharityState s) => new(
        w.Id, w.Title, w.Purpose, w.IntendedOutcome, w.WhatEveryoneWalksAwayWith, w.StartedAt,
        Enum.GetValues<ActivityKind>().ToDictionary(k => k, w.RungsFor),
        w.Participants,
        Enum.GetValues<ActivityKind>().ToDictionary(k => k, w.PracticesFor),
        [.. w.Milestones],
        [.. w.Barriers],
        Enum.GetValues<ActivityKind>().ToDictionary(k => k, k => EvidenceRules.EvidencedRung(s, w.Id, k)));

    /// <param name="verifiedNow">Whether the charity is verified now: a verification is about the organisation today, even in a past map.</param>
    public static JourneyView ToJourney(this CharityState s, DateTimeOffset asOf, bool verifiedNow) => new(
        s.OrgId, s.Name, asOf, s.Version, [.. s.Workstreams.Select(w => w.ToView(s))],
        CheckInSchedule.NextDue(s),
        s.CheckIns.Count > 0 ? s.CheckIns.Max(c => c.HeldOn) : null,
        s.CheckIns.Count,
        verifiedNow);

    public static LeadershipView ToLeadershipView(this CharityState s)
    {
        var v = s.Leadership;
        IndicatorView Indicator(LeadershipIndicator indicator, int? value, bool? answer) =>
            new(indicator, LeadershipBenchmarks.UnitOf(indicator), value, answer, LeadershipBenchmarks.For(indicator));
        return new LeadershipView(
        [
            Indicator(LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers, v.VolunteersWhoAreOrWereServiceUsers, null),
            Indicator(LeadershipIndicator.ChairHasDisability, null, v.ChairHasDisability),
            Indicator(LeadershipIndicator.CeoHasDisability, null, v.CeoHasDisability),
            Indicator(LeadershipIndicator.TrusteesWithLivedExperience, v.TrusteesWithLivedExperience, null),
            Indicator(LeadershipIndicator.StaffWithLivedExperience, v.StaffWithLivedExperience, null),
            Indicator(LeadershipIndicator.LivedExperienceOnEveryInterviewPanel, null, v.LivedExperienceOnEveryInterviewPanel),
        ], s.LeadershipRecordedAt);
    }
}
