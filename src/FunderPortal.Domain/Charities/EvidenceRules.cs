using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>The rules of evidence: when it is attested, which rung it evidences, who may see it.</summary>
public static class EvidenceRules
{
    /// <summary>Attested: more than half of the participants asked answered Agree or AgreeWithComment.</summary>
    public static bool IsAttested(EvidenceItem item) =>
        item.Asks.Count > 0 && 2 * item.Asks.Count(a => a.Answer?.Stance is AttestationStance.Agree or AttestationStance.AgreeWithComment) > item.Asks.Count;

    /// <summary>
    /// The highest rung shown by attested evidence of this activity in this workstream, capped at the rung the
    /// charity claims; null when there is none (or nothing is claimed).
    /// </summary>
    public static LadderRung? EvidencedRung(CharityState state, string workstreamId, ActivityKind kind)
    {
        if (state.FindWorkstream(workstreamId)?.RungsFor(kind).Current is not { } claimed)
            return null;
        var shown = state.Evidence
            .Where(e => e.WorkstreamId == workstreamId && e.ActivityKind == kind && e.DemonstratesRung is not null && IsAttested(e))
            .Select(e => e.DemonstratesRung!.Value)
            .ToList();
        return shown.Count == 0 ? null : shown.Max() < claimed ? shown.Max() : claimed;
    }

    /// <summary>A claim of CoDesign or above with no attested evidence: shown honestly, not punished.</summary>
    public static bool NotYetEvidenced(LadderRung? claimed, LadderRung? evidenced) =>
        claimed >= LadderRung.CoDesign && evidenced is null;

    /// <summary>
    /// Funders may see an item only when it is Standard (never personal or special-category data), meant for
    /// funders or the public, and covered by consent that has not been withdrawn or expired.
    /// </summary>
    public static bool IsSharedWithFunders(EvidenceItem item, DateOnly today) =>
        item.Sensitivity == Sensitivity.Standard
        && item.Visibility is Visibility.SharedWithFunders or Visibility.Public
        && ConsentCovers(item, ConsentScope.SharedWithFunders, today);

    public static bool IsPublic(EvidenceItem item, DateOnly today) =>
        item.Sensitivity == Sensitivity.Standard
        && item.Visibility == Visibility.Public
        && ConsentCovers(item, ConsentScope.Public, today);

    private static bool ConsentCovers(EvidenceItem item, ConsentScope needed, DateOnly today) =>
        item.Consent is { } consent
        && consent.Scope >= needed
        && (consent.ExpiresOn is not { } last || today <= last);
}
