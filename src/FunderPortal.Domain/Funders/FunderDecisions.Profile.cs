using FunderPortal.Common;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    public static IReadOnlyList<FunderEvent> Register(FunderState state, string grainKey, RegisterFunder c, string subject) =>
        Registrations.Decide(state, grainKey, c.OrgId, c.Name, subject, errors => Validate(errors, c.FunderType, c.GrantIdPrefix),
            () => new FunderRegistered(c.OrgId, c.Name.Trim(), c.FunderType, Text.Clean(c.GrantIdPrefix)));

    public static IReadOnlyList<FunderEvent> ChangeProfile(FunderState state, ChangeFunderProfile c)
    {
        var errors = new ErrorBag();
        if (c.Name is not null)
            errors.RequireText("name", c.Name, Limits.Name);
        Validate(errors, c.FunderType, c.GrantIdPrefix);
        errors.ThrowIfAny();

        var name = c.Name?.Trim();
        var prefix = c.GrantIdPrefix is null ? null : Text.Clean(c.GrantIdPrefix) ?? "";
        var change = new FunderProfileChanged(
            name is null || name == state.Name ? null : name,
            c.FunderType == state.FunderType ? null : c.FunderType,
            prefix is null || prefix == (state.GrantIdPrefix ?? "") ? null : prefix);
        return change == new FunderProfileChanged(null, null, null) ? [] : [change];
    }

    /// <summary>
    /// What a registration and a profile change check alike. A blank prefix means none (and clears it in a change);
    /// anything else must be a 360Giving prefix.
    /// </summary>
    private static void Validate(ErrorBag errors, FunderType? funderType, string? prefix)
    {
        errors.Defined("funderType", funderType);
        if (Text.Clean(prefix) is { } cleaned && !OpenGrantIds.IsValidPrefix(cleaned))
        {
            errors.Add("grantIdPrefix",
                $"A 360Giving prefix starts with 360G- followed by letters and digits (e.g. 360G-hopetrust), at most {OpenGrantIds.PrefixMaxLength} characters.");
        }
    }
}
