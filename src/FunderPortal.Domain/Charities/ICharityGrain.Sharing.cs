using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>What the charity shares with which funder, until when, and every read a funder's member made through a share.</summary>
public partial interface ICharityGrain
{
    /// <summary>Share with a funder: its members may then read exactly <paramref name="scope"/>, until it expires or is revoked.</summary>
    [Alias("Share")]
    Task<Share> ShareAsync(string funderOrgId, IReadOnlyList<ShareScope> scope, DateTimeOffset? expiresAt, string subject);

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
