using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>Words for who takes part.</summary>
public static partial class Words
{
    public static string Of(SeldomHeardGroup group) => group switch
    {
        SeldomHeardGroup.EthnicMinorityCommunities => "Ethnic minority communities",
        SeldomHeardGroup.LgbtPlus => "LGBT+ people",
        SeldomHeardGroup.CommunicateDifferently => "People who communicate differently",
        SeldomHeardGroup.LivingWithDementia => "People living with dementia",
        SeldomHeardGroup.OlderPeopleHighCareNeeds => "Older people with high care needs",
        SeldomHeardGroup.Unaffiliated => "People in no organised group",
        SeldomHeardGroup.ResidentialCare => "People in residential care",
        SeldomHeardGroup.Homeless => "People who are homeless",
        SeldomHeardGroup.GypsyAndTraveller => "Gypsy and Traveller communities",
        SeldomHeardGroup.InPrison => "People in prison",
        _ => group.ToString(),
    };

    public static string Of(LeadershipIndicator indicator) => indicator switch
    {
        LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers => "Volunteers who are or were service users",
        LeadershipIndicator.ChairHasDisability => "The chair has a disability",
        LeadershipIndicator.CeoHasDisability => "The chief executive has a disability",
        LeadershipIndicator.TrusteesWithLivedExperience => "Trustees with lived experience",
        LeadershipIndicator.StaffWithLivedExperience => "Staff with lived experience",
        LeadershipIndicator.LivedExperienceOnEveryInterviewPanel => "Someone with lived experience on every interview panel",
        _ => indicator.ToString(),
    };

    /// <summary>A list in words, "None" when empty.</summary>
    public static string List(IEnumerable<string> items) => items.ToList() is { Count: > 0 } list ? string.Join(", ", list) : "None";
}
