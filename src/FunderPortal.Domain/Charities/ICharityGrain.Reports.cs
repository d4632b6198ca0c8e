namespace FunderPortal.Charities;

/// <summary>Grant reports: the journey over a grant's period, for the funder that made the grant and for the charity's members.</summary>
public partial interface ICharityGrain
{
    /// <summary>
    /// Called by the funder grain for one of its members: the report's sections over <paramref name="period"/>, as the
    /// charity's live shares with that funder cover them. 403 naming the <c>Journey</c> scope without a live Journey share
    /// (or when <paramref name="subject"/> is not the funder's member); the read is logged like every funder read.
    /// </summary>
    [Alias("GetGrantReportSections")]
    Task<GrantReportSections> GetGrantReportSectionsAsync(ReportedGrant grant, ReportPeriod period, string subject);

    /// <summary>
    /// The same report for the charity's own members (anyone else: 404): what the funder that made the grant sees, with the
    /// sections its shares do not cover left out.
    /// </summary>
    [Alias("GetGrantReport")]
    Task<GrantReport> GetGrantReportAsync(string funderOrgId, string grantId, DateOnly? since, DateOnly? until, string subject);
}
