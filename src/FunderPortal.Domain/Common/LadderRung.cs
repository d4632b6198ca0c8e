namespace FunderPortal.Common;

/// <summary>The ladder of participation, lowest to highest (after Think Local Act Personal's ladder of co-production).</summary>
public enum LadderRung
{
    Coercion,
    Educating,
    Informing,
    Consultation,
    Engagement,
    CoDesign,
    CoProduction,
}
