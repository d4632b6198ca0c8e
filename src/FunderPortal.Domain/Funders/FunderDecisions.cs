using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Funders;

/// <summary>
/// The funder's rules as pure functions: given the current state and a request, either the events that
/// record it or an exception that refuses it. Access is checked by the caller (<see cref="FunderAccess"/>).
/// </summary>
public static partial class FunderDecisions
{
    public static IReadOnlyList<FunderEvent> Register(FunderState state, string grainKey, RegisterFunder c, string subject)
    {
        PanelSubjects.RequireAccount(subject);
        var errors = new ErrorBag();
        if (OrgId.Check(errors, "orgId", c.OrgId) && c.OrgId != grainKey)
            errors.Add("orgId", "Does not match the funder addressed.");
        errors.RequireText("name", c.Name, Limits.Name);
        errors.Defined("funderType", c.FunderType);
        GrantIdPrefix(errors, c.GrantIdPrefix);
        errors.ThrowIfAny();

        if (state.IsRegistered)
            throw new ConflictException($"Funder '{c.OrgId}' is already registered.");

        return
        [
            new FunderRegistered(c.OrgId, c.Name.Trim(), c.FunderType, Text.Clean(c.GrantIdPrefix)),
            new FunderMemberRoleGranted(subject, MemberRole.Editor),
        ];
    }

    public static IReadOnlyList<FunderEvent> ChangeProfile(FunderState state, ChangeFunderProfile c)
    {
        var errors = new ErrorBag();
        if (c.Name is not null)
            errors.RequireText("name", c.Name, Limits.Name);
        errors.Defined("funderType", c.FunderType);
        GrantIdPrefix(errors, c.GrantIdPrefix);
        errors.ThrowIfAny();

        var name = c.Name?.Trim();
        var prefix = c.GrantIdPrefix is null ? null : Text.Clean(c.GrantIdPrefix) ?? "";
        var change = new FunderProfileChanged(
            name is null || name == state.Name ? null : name,
            c.FunderType == state.FunderType ? null : c.FunderType,
            prefix is null || prefix == (state.GrantIdPrefix ?? "") ? null : prefix);
        return change == new FunderProfileChanged(null, null, null) ? [] : [change];
    }

    public static IReadOnlyList<FunderEvent> GrantRole(FunderState state, string subject, MemberRole role) =>
        Memberships.MayGrant(state.Members, subject, role, "funder") ? [new FunderMemberRoleGranted(subject, role)] : [];

    public static IReadOnlyList<FunderEvent> RemoveMember(FunderState state, string subject)
    {
        Memberships.MayRemove(state.Members, subject, "funder");
        return [new FunderMemberRemoved(subject)];
    }

    /// <summary>Blank means none (and clears it in a change); anything else must be a 360Giving prefix.</summary>
    private static void GrantIdPrefix(ErrorBag errors, string? prefix)
    {
        if (Text.Clean(prefix) is { } cleaned && !OpenGrantIds.IsValidPrefix(cleaned))
        {
            errors.Add("grantIdPrefix",
                $"A 360Giving prefix starts with 360G- followed by letters and digits (e.g. 360G-hopetrust), at most {OpenGrantIds.PrefixMaxLength} characters.");
        }
    }
}
