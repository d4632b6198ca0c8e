using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>The charity's lived-experience leadership indicators; null means not known.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.LeadershipValues")]
public sealed record LeadershipValues(
    [property: Id(0)] int? VolunteersWhoAreOrWereServiceUsers,
    [property: Id(1)] bool? ChairHasDisability,
    [property: Id(2)] bool? CeoHasDisability,
    [property: Id(3)] int? TrusteesWithLivedExperience,
    [property: Id(4)] int? StaffWithLivedExperience,
    [property: Id(5)] bool? LivedExperienceOnEveryInterviewPanel)
{
    public static readonly LeadershipValues Unknown = new(null, null, null, null, null, null);
}
