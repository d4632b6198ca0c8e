namespace FunderPortal.Common;

/// <summary>Co-production principles (as a local council defines them), self-rated 1–5 at each check-in.</summary>
public enum Principle
{
    Equality,
    Diversity,
    Access,
    Reciprocity,
}
