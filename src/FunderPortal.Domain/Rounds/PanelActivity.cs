namespace FunderPortal.Rounds;

/// <summary>What a panellist's time was spent on, for payment and for the record.</summary>
public enum PanelActivity
{
    Training,
    Reading,
    Scoring,
    Meeting,
    Travel,
    Other,
}
