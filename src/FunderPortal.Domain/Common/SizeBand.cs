namespace FunderPortal.Common;

/// <summary>Size band by annual income.</summary>
public enum SizeBand
{
    /// <summary>Under £10k.</summary>
    Micro,
    /// <summary>£10k–£100k.</summary>
    Small,
    /// <summary>£100k–£1m.</summary>
    Medium,
    /// <summary>£1m–£10m.</summary>
    Large,
    /// <summary>Over £10m.</summary>
    Major,
}
