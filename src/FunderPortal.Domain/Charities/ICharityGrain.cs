using FunderPortal.Organisations;

namespace FunderPortal.Charities;

/// <summary>
/// One charity, keyed by its org-id: profile, members, journey map, evidence, resourcing plan and what it shares with
/// funders. Every method people call takes the caller's subject because access is decided here, by the owner of the data.
/// Partial: each feature declares its methods in a file of its own (ICharityGrain.&lt;Feature&gt;.cs, the same suffix as
/// the feature's CharityGrain, CharityDecisions, CharityEvents and CharityState files). Registration, the profile, members
/// and verification are declared once for charities and funders, in <see cref="IOrganisationGrain{TProfile, TRegister, TChange}"/>.
/// </summary>
[Alias("FunderPortal.ICharityGrain")]
public partial interface ICharityGrain : IOrganisationGrain<CharityProfile, RegisterCharity, ChangeCharityProfile>;
