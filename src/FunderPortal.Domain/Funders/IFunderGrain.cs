using FunderPortal.Organisations;

namespace FunderPortal.Funders;

/// <summary>
/// One funder, keyed by its org-id: profile, members, programmes, grants, feedback, pledges, rounds, and the portfolio of
/// summaries that charity grains push to it (so a portfolio read is one grain call, never a fan-out). Methods that people
/// call take the caller's subject, because access is decided here, by the owner of the data. Partial: each feature
/// declares its methods in a file of its own (IFunderGrain.&lt;Feature&gt;.cs, the same suffix as the feature's
/// FunderGrain, FunderDecisions, FunderEvents and FunderState files). Registration, the profile, members and
/// verification are declared once for funders and charities, in <see cref="IOrganisationGrain{TProfile, TRegister, TChange}"/>.
/// </summary>
[Alias("FunderPortal.IFunderGrain")]
public partial interface IFunderGrain : IOrganisationGrain<FunderProfile, RegisterFunder, ChangeFunderProfile>;
