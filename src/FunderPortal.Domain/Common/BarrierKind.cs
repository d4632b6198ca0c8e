namespace FunderPortal.Common;

/// <summary>What stands in the way of co-production.</summary>
public enum BarrierKind
{
    TimeResourcesSkills,
    ResistanceToChange,
    LackOfUnderstanding,
    PowerImbalance,
    LackOfEngagement,
    Accessibility,
    FundingLandscape,
    FearOfGettingItWrong,
}
