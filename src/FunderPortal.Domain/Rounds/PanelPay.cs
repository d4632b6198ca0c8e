namespace FunderPortal.Rounds;

/// <summary>Panellists' pay: minutes at an hourly rate, in whole pence, half a penny rounded up.</summary>
public static class PanelPay
{
    public static long ValuePence(long minutes, long ratePencePerHour) => ((minutes * ratePencePerHour) + 30) / 60;
}
