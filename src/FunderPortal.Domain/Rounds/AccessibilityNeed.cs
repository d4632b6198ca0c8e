namespace FunderPortal.Rounds;

/// <summary>What a panellist needs to take part fully; meeting times are recorded in words beside these.</summary>
public enum AccessibilityNeed
{
    LargePrint,
    EasyRead,
    /// <summary>Applications read aloud, or as recordings.</summary>
    Audio,
    /// <summary>A language or British Sign Language interpreter.</summary>
    Interpreter,
}
