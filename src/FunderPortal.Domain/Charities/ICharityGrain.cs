namespace FunderPortal.Charities;

/// <summary>
/// One charity, keyed by its org-id: profile, members, journey map, evidence, resourcing plan and what it shares with
/// funders. Every method people call takes the caller's subject because access is decided here, by the owner of the data.
/// Partial: each feature declares its methods in a file of its own (ICharityGrain.&lt;Feature&gt;.cs, the same suffix as
/// the feature's CharityGrain, CharityDecisions, CharityEvents and CharityState files).
/// </summary>
/// <remarks>
/// The profile, members and verification methods are the same as <see cref="Funders.IFunderGrain"/>'s, and are
/// implemented once (OrganisationGrain); they are declared on each interface all the same, because an Orleans call is
/// named by the interface that declares the method: declared on a shared base interface, they would be new calls to
/// silos still running the previous version during a rolling upgrade.
/// </remarks>
[Alias("FunderPortal.ICharityGrain")]
public partial interface ICharityGrain : IGrainWithStringKey;
