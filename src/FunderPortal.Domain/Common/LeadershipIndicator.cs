namespace FunderPortal.Common;

/// <summary>Lived-experience leadership indicators, shown beside national benchmarks.</summary>
public enum LeadershipIndicator
{
    /// <summary>Percent of volunteers who are or were service users.</summary>
    VolunteersWhoAreOrWereServiceUsers,
    /// <summary>Yes/no: the chair has a disability.</summary>
    ChairHasDisability,
    /// <summary>Yes/no: the chief executive has a disability.</summary>
    CeoHasDisability,
    /// <summary>Count of trustees with lived experience.</summary>
    TrusteesWithLivedExperience,
    /// <summary>Count of staff with lived experience.</summary>
    StaffWithLivedExperience,
    /// <summary>Yes/no: someone with lived experience sits on every interview panel.</summary>
    LivedExperienceOnEveryInterviewPanel,
}
