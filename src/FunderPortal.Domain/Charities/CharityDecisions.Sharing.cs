using FunderPortal.Common;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> Share(
        CharityState state, string newId, string funderOrgId, IReadOnlyList<ShareScope> scope, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        if (OrgId.Check(errors, "funderOrgId", funderOrgId) && funderOrgId == state.OrgId)
            errors.Add("funderOrgId", "A charity does not share with itself.");
        if (scope.Count == 0)
            errors.Add("scope", "Share at least one of Journey, Resourcing, Evidence.");
        for (var i = 0; i < scope.Count; i++)
            errors.Defined($"scope[{i}]", (ShareScope?)scope[i]);
        if (expiresAt is { } end && end <= now)
            errors.Add("expiresAt", "Must be in the future.");
        errors.ThrowIfAny();

        if (state.Shares.Exists(s => s.FunderOrgId == funderOrgId && s.IsLiveAt(now)))
            throw new ConflictException($"Already shared with '{funderOrgId}': revoke that share first to share differently.");
        return [new SharedWithFunder(newId, funderOrgId, [.. scope.Distinct().Order()], expiresAt?.ToUniversalTime())];
    }

    public static IReadOnlyList<CharityEvent> RevokeShare(CharityState state, string shareId)
    {
        var share = state.FindShare(shareId) ?? throw new NotFoundException($"No share '{shareId}' in this charity.");
        return share.RevokedAt is null ? [new ShareRevoked(shareId)] : [];
    }
}
