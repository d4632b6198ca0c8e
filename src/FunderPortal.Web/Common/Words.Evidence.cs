using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>Words for how evidence is kept safe.</summary>
public static partial class Words
{
    public static string Of(Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Standard => T("Standard: can be shared, with consent"),
        Sensitivity.PersonalData => T("Personal data about someone: never shared"),
        Sensitivity.SpecialCategory => T("Special category (health, ethnicity, sexuality and the like): never shared"),
        Sensitivity.CriminalOffence => T("About criminal offences: never shared"),
        _ => sensitivity.ToString(),
    };

    /// <summary>Who a participant's consent covers.</summary>
    public static string Of(ConsentScope scope) => scope switch
    {
        ConsentScope.SharedWithFunders => T("Funders the charity shares with"),
        ConsentScope.Public => T("Anyone, in public"),
        _ => scope.ToString(),
    };
}
