using FunderPortal.Common;
using Orleans.Concurrency;

namespace FunderPortal.Charities;

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

    /// <summary>
    /// Told by a funder grain when it records a grant to this charity: keeps the rungs as they were at the end of
    /// the day it began (now, if that is still to come). Only the funder's earliest grant is kept.
    /// </summary>
    [Alias("NoteFunderGrant")]
    Task NoteFunderGrantAsync(string funderOrgId, string grantId, DateOnly plannedStart);

    /// <summary>
    /// The subject's role in this charity, or null: asked by a round grain deciding whether someone may apply for, or
    /// read, the charity's application. Interleaved, so it cannot deadlock with calls the other way.
    /// </summary>
    [Alias("GetMemberRole"), AlwaysInterleave]
    Task<MemberRole?> GetMemberRoleAsync(string subject);
}
