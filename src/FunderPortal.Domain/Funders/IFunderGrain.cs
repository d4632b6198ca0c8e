namespace FunderPortal.Funders;

/// <summary>
/// One funder, keyed by its org-id: profile, members, programmes, grants, feedback, pledges, rounds, and the portfolio of
/// summaries that charity grains push to it (so a portfolio read is one grain call, never a fan-out). Methods that people
/// call take the caller's subject, because access is decided here, by the owner of the data. Partial: each feature
/// declares its methods in a file of its own (IFunderGrain.&lt;Feature&gt;.cs, the same suffix as the feature's
/// FunderGrain, FunderDecisions, FunderEvents and FunderState files).
/// </summary>
/// <remarks>
/// The profile, members and verification methods are the same as <see cref="Charities.ICharityGrain"/>'s and are
/// implemented once (OrganisationGrain); see there why each interface still declares them.
/// </remarks>
[Alias("FunderPortal.IFunderGrain")]
public partial interface IFunderGrain : IGrainWithStringKey;
