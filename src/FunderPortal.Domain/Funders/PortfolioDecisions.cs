using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// Keeping the newest summary per charity. Both writes are idempotent and order-insensitive: a push or a removal
/// that is not newer than what the portfolio already knows records nothing.
/// </summary>
public static class PortfolioDecisions
{
    public static IReadOnlyList<PortfolioEvent> Upsert(PortfolioState state, PortfolioEntry entry)
    {
        Validate(entry);
        return entry.Version > state.KnownVersion(entry.CharityOrgId) ? [new PortfolioEntryUpserted(entry)] : [];
    }

    /// <summary>Removes the charity when <paramref name="version"/> is at least that of its summary (a removal wins a tie).</summary>
    public static IReadOnlyList<PortfolioEvent> Remove(PortfolioState state, string charityOrgId, long version)
    {
        var errors = new ErrorBag();
        if (!OrgId.IsValid(charityOrgId))
            errors.Add("charityOrgId", "Not an org-id.");
        if (version < 1)
            errors.Add("version", "A charity version: 1 or more.");
        errors.ThrowIfAny();

        var newer = state.Entries.TryGetValue(charityOrgId, out var entry)
            ? version >= entry.Version
            : version > state.RemovedAt.GetValueOrDefault(charityOrgId);
        return newer ? [new PortfolioEntryRemoved(charityOrgId, version)] : [];
    }

    /// <summary>A granted charity's area codes, kept when newer than those the funder holds for it (idempotent, order-insensitive).</summary>
    public static IReadOnlyList<PortfolioEvent> NoteRecipientAreas(PortfolioState state, string charityOrgId, long version, IReadOnlyList<string> areaCodes)
    {
        var errors = new ErrorBag();
        if (!OrgId.IsValid(charityOrgId))
            errors.Add("charityOrgId", "Not an org-id.");
        AreaCodes.Check(errors, "areaCodes", areaCodes);
        errors.ThrowIfAny();
        return state.RecipientAreas.TryGetValue(charityOrgId, out var known) && known.Version >= version
            ? []
            : [new RecipientAreasNoted(charityOrgId, version, AreaCodes.Clean(areaCodes))];
    }

    private static void Validate(PortfolioEntry e)
    {
        var errors = new ErrorBag();
        if (!OrgId.IsValid(e.CharityOrgId))
            errors.Add("charityOrgId", "Not an org-id.");
        errors.RequireText("name", e.Name, Limits.Name);
        errors.Defined("sizeBand", e.SizeBand);
        if (e.Version < 1)
            errors.Add("version", "A charity version: 1 or more.");
        if (e.PlanGapPence < 0)
            errors.Add("planGapPence", "Not less than nothing.");
        if (e.AttestationRatePercent is { } rate)
            errors.Range("attestationRatePercent", rate, 0, 100);
        for (var i = 0; i < e.ShareScope.Count; i++)
            errors.Defined($"shareScope[{i}]", (ShareScope?)e.ShareScope[i]);
        if (e.Rungs.Count > FunderLimits.MaxPortfolioRungs)
            errors.Add("rungs", $"At most {FunderLimits.MaxPortfolioRungs} entries.");
        for (var i = 0; i < Math.Min(e.Rungs.Count, FunderLimits.MaxPortfolioRungs); i++)
        {
            var rung = e.Rungs[i];
            errors.RequireText($"rungs[{i}].workstreamId", rung.WorkstreamId, FunderLimits.LinkId);
            errors.RequireText($"rungs[{i}].workstreamTitle", rung.WorkstreamTitle, Limits.Title);
            errors.Defined($"rungs[{i}].activityKind", (ActivityKind?)rung.ActivityKind);
            errors.Defined($"rungs[{i}].current", rung.Current);
            errors.Defined($"rungs[{i}].evidenced", rung.Evidenced);
            errors.Defined($"rungs[{i}].atFirstGrant", rung.AtFirstGrant);
        }
        for (var i = 0; i < e.OpenBarrierKinds.Count; i++)
            errors.Defined($"openBarrierKinds[{i}]", (BarrierKind?)e.OpenBarrierKinds[i]);
        for (var i = 0; i < (e.SeldomHeardGroupsReached?.Count ?? 0); i++)
            errors.Defined($"seldomHeardGroupsReached[{i}]", (SeldomHeardGroup?)e.SeldomHeardGroupsReached![i]);
        if (e.Leadership is { } leadership)
        {
            if (leadership.VolunteersWhoAreOrWereServiceUsers is { } percent)
                errors.Range("leadership.volunteersWhoAreOrWereServiceUsers", percent, 0, 100);
            if (leadership.TrusteesWithLivedExperience is < 0)
                errors.Add("leadership.trusteesWithLivedExperience", "Not less than nothing.");
            if (leadership.StaffWithLivedExperience is < 0)
                errors.Add("leadership.staffWithLivedExperience", "Not less than nothing.");
        }
        if (e.ParticipantPayments is { } paid && (paid.PlannedPence < 0 || paid.FundedPence < 0))
            errors.Add("participantPayments", "Not less than nothing.");
        errors.ThrowIfAny();
    }
}
