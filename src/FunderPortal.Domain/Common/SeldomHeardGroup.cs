namespace FunderPortal.Common;

/// <summary>Tags for who a workstream reaches among groups that are seldom heard.</summary>
public enum SeldomHeardGroup
{
    EthnicMinorityCommunities,
    LgbtPlus,
    CommunicateDifferently,
    LivingWithDementia,
    OlderPeopleHighCareNeeds,
    /// <summary>Not part of any organised group.</summary>
    Unaffiliated,
    ResidentialCare,
    Homeless,
    GypsyAndTraveller,
    InPrison,
}
