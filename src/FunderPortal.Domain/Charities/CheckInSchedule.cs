namespace FunderPortal.Charities;

/// <summary>When the next check-in is due: an interval after the last one, or after registration.</summary>
public static class CheckInSchedule
{
    public const int DefaultIntervalDays = 90;
    public const int MinIntervalDays = 7;
    public const int MaxIntervalDays = 366;

    public static DateOnly NextDue(CharityState state)
    {
        var last = state.CheckIns.Count > 0
            ? state.CheckIns.Max(c => c.HeldOn)
            : DateOnly.FromDateTime((state.RegisteredAt ?? default).UtcDateTime);
        return last.AddDays(state.CheckInIntervalDays);
    }
}
