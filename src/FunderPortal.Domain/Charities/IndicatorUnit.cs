namespace FunderPortal.Charities;

/// <summary>How a leadership indicator is measured.</summary>
public enum IndicatorUnit
{
    Percent,
    YesNo,
    Count,
}
