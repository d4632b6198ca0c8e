namespace FunderPortal.Common;

/// <summary>Anything but <see cref="Standard"/> is never shown to funders or the public.</summary>
public enum Sensitivity
{
    Standard,
    PersonalData,
    /// <summary>Health, ethnicity, sexuality and the other special categories of personal data.</summary>
    SpecialCategory,
    CriminalOffence,
}
