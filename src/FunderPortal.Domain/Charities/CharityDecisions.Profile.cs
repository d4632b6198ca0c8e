using FunderPortal.Common;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> Register(CharityState state, string grainKey, RegisterCharity c, string subject) =>
        Registrations.Decide(state, grainKey, c.OrgId, c.Name, subject, errors => Validate(errors, c.SizeBand, c.Areas, c.Causes, c.CoProductionMeaning),
            () => new CharityRegistered(c.OrgId, c.Name.Trim(), c.SizeBand, CleanTags(c.Areas), CleanTags(c.Causes), Text.Clean(c.CoProductionMeaning)));

    public static IReadOnlyList<CharityEvent> ChangeProfile(CharityState state, ChangeCharityProfile c)
    {
        var errors = new ErrorBag();
        if (c.Name is not null)
            errors.RequireText("name", c.Name, Limits.Name);
        Validate(errors, c.SizeBand, c.Areas, c.Causes, c.CoProductionMeaning);
        if (c.CheckInIntervalDays is { } days)
            errors.Range("checkInIntervalDays", days, CheckInSchedule.MinIntervalDays, CheckInSchedule.MaxIntervalDays);
        AreaCodes.Check(errors, "areaCodes", c.AreaCodes);
        errors.ThrowIfAny();

        var change = new CharityProfileChanged(
            Differs(state.Name, c.Name?.Trim()),
            c.SizeBand == state.SizeBand ? null : c.SizeBand,
            c.Areas is null || CleanTags(c.Areas).SequenceEqual(state.Areas) ? null : CleanTags(c.Areas),
            c.Causes is null || CleanTags(c.Causes).SequenceEqual(state.Causes) ? null : CleanTags(c.Causes),
            DiffersOptional(state.CoProductionMeaning, c.CoProductionMeaning),
            c.CheckInIntervalDays == state.CheckInIntervalDays ? null : c.CheckInIntervalDays,
            c.AreaCodes is null || AreaCodes.Clean(c.AreaCodes).SequenceEqual(state.AreaCodes) ? null : AreaCodes.Clean(c.AreaCodes));
        return change == new CharityProfileChanged(null, null, null, null, null) ? [] : [change];
    }

    /// <summary>What a registration and a profile change check alike (a change leaves a null field as it is).</summary>
    private static void Validate(ErrorBag errors, SizeBand? sizeBand, IReadOnlyList<string>? areas, IReadOnlyList<string>? causes, string? coProductionMeaning)
    {
        errors.Defined("sizeBand", sizeBand);
        errors.Tags("areas", areas);
        errors.Tags("causes", causes);
        errors.OptionalText("coProductionMeaning", coProductionMeaning, Limits.LongText);
    }
}
