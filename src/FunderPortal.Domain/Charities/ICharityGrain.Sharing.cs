using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>What the charity shares with which funder, until when, and every read a funder's member made through a share.</summary>
public partial interface ICharityGrain
{
    /// <summary>Share with a funder: its members may then read exactly <paramref name="scope"/>, until it expires or is revoked.</summary>
    [Alias("Share")]
    Task<Share> ShareAsync(string funderOrgId, IReadOnlyList<ShareScope> scope, DateTimeOffset? expiresAt, string subject);

    /// <summary>
    /// What the caller may read here: their role if a member, otherwise what the live shares with the funders they belong
    /// to cover (<see cref="CharityParts"/> turns it into the parts they may open). Anyone else: not found. It tells what
    /// is shared, not what the charity wrote, so it is not logged as a funder's read.
    /// </summary>
    [Alias("GetYourAccess")]
    Task<YourCharityAccess> GetYourAccessAsync(string subject);

    [Alias("RevokeShare")]
    Task RevokeShareAsync(string shareId, string subject);

    [Alias("GetShares")]
    Task<IReadOnlyList<Share>> GetSharesAsync(string subject);

    /// <summary>Every read the funder's members made through this share, newest first.</summary>
    [Alias("GetAccessLog")]
    Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string shareId, string subject);

    /// <summary>The newest <paramref name="limit"/> changes and funder reads that concern this charity, newest first (members only).</summary>
    [Alias("GetAudit")]
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, string subject);
}
