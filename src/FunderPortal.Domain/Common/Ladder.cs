namespace FunderPortal.Common;

/// <summary>Pure rules about the ladder of participation.</summary>
public static class Ladder
{
    public static LadderZone ZoneOf(LadderRung rung) => rung switch
    {
        LadderRung.Coercion or LadderRung.Educating => LadderZone.DoingTo,
        LadderRung.Informing or LadderRung.Consultation or LadderRung.Engagement => LadderZone.DoingFor,
        LadderRung.CoDesign or LadderRung.CoProduction => LadderZone.DoingWith,
        _ => throw new ArgumentOutOfRangeException(nameof(rung), rung, "Unknown rung."),
    };

    /// <summary>True when <paramref name="to"/> is higher on the ladder than <paramref name="from"/> (unset counts as lowest).</summary>
    public static bool IsClimb(LadderRung? from, LadderRung? to) =>
        to is { } t && (from is not { } f || t > f);
}
