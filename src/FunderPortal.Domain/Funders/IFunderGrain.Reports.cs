using FunderPortal.Charities;
using Orleans.Concurrency;

namespace FunderPortal.Funders;

/// <summary>Grant reports: made from the journey the charity shares, acknowledged by the funder.</summary>
public partial interface IFunderGrain
{
    /// <summary>
    /// The report of one of the funder's grants (members only) over <paramref name="since"/>–<paramref name="until"/> (default:
    /// the grant's start to today), made by the charity grain from its journey and logged there as the funder's read: 403
    /// naming the <c>Journey</c> scope when the charity does not share its journey with this funder.
    /// </summary>
    [Alias("GetGrantReport")]
    Task<GrantReport> GetGrantReportAsync(string grantId, DateOnly? since, DateOnly? until, string subject);

    /// <summary>Acknowledges a grant's report with a note (editors only); the charity sees it beside the report.</summary>
    [Alias("AcknowledgeGrantReport")]
    Task<ReportAcknowledgement> AcknowledgeGrantReportAsync(string grantId, string? note, string subject);

    /// <summary>
    /// Called by the charity grain for its own members' report, never by people: the grant with its acknowledgements,
    /// only when it is a grant to <paramref name="charityOrgId"/> (404 otherwise). Interleaved: a read that may arrive while
    /// this funder waits on that charity.
    /// </summary>
    [Alias("GetReportedGrant"), AlwaysInterleave]
    Task<ReportedGrant> GetReportedGrantAsync(string grantId, string charityOrgId);
}
