using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>
/// What a charity tells a funder's portfolio about itself, limited to what the share covers: rungs, barriers and
/// check-in due date with Journey; the plan's gap with Resourcing; the attestation rate with Evidence.
/// </summary>
public static class PortfolioSummary
{
    /// <summary>
    /// Participants count over the 365 days to each push (after every change and at activation), so a funder's insights
    /// show who took part lately without asking any charity; a charity with no change for a while counts as of its last.
    /// </summary>
    public const int VoicesWindowDays = 365;

    public static PortfolioEntry For(CharityState state, Share share, DateTimeOffset now)
    {
        var journey = share.Scope.Contains(ShareScope.Journey);
        var plan = share.Scope.Contains(ShareScope.Resourcing) ? ResourcingTotals.Summarise(state, now) : null;
        var atFirstGrant = state.FirstGrants.GetValueOrDefault(share.FunderOrgId)?.Rungs;
        var rungs = journey
            ? state.Workstreams.SelectMany(w => Enum.GetValues<ActivityKind>()
                .Where(k => w.RungsFor(k) != RungPair.Unset)
                .Select(k => new PortfolioRung(w.Id, w.Title, k, w.RungsFor(k).Current, EvidenceRules.EvidencedRung(state, w.Id, k),
                    atFirstGrant?.FirstOrDefault(r => r.WorkstreamId == w.Id && r.ActivityKind == k)?.Current)))
                .ToList()
            : [];
        var openBarriers = journey
            ? state.Workstreams.SelectMany(w => w.Barriers).Where(b => b.Status != BarrierStatus.Overcome).Select(b => b.Kind).Distinct().Order().ToList()
            : [];
        var participantLines = plan?.ByCategory.First(c => c.Category == ResourcingCategory.ParticipantPayment).Amounts;
        return new PortfolioEntry(state.OrgId, state.Name, state.SizeBand, state.Version, state.LastRecordedAt ?? now,
            journey ? CheckInSchedule.NextDue(state) : null, rungs, openBarriers, plan?.Plan.GapPence ?? 0,
            share.Scope.Contains(ShareScope.Evidence) ? AttestationRatePercent(state, DateOnly.FromDateTime(now.UtcDateTime)) : null,
            share.Scope, share.ExpiresAt, state.Verification is not null,
            journey ? state.Leadership : null,
            journey ? [.. state.Workstreams.SelectMany(w => w.Participants.GroupsReached).Distinct().Order()] : null,
            participantLines is { } paid ? new ParticipantPayments(paid.TotalPence, paid.FundedPence) : null,
            journey ? ParticipantVoiceCounts.Between(state, now.AddDays(-VoicesWindowDays), now) : null);
    }

    /// <summary>
    /// Of the participants asked to confirm evidence the funder may see, the percentage who agreed; null when nobody was
    /// asked. Answers on other items (sensitive, private, without consent) are not counted: the rate would tell of them.
    /// </summary>
    public static int? AttestationRatePercent(CharityState state, DateOnly today)
    {
        var asks = state.Evidence.Where(e => EvidenceRules.IsSharedWithFunders(e, today)).SelectMany(e => e.Asks).ToList();
        return asks.Count == 0
            ? null
            : (int)(100L * asks.Count(a => a.Answer?.Stance is AttestationStance.Agree or AttestationStance.AgreeWithComment) / asks.Count);
    }
}
