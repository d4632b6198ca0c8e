using FunderPortal.Rounds;

namespace FunderPortal.Funders;

/// <summary>Grants, recorded by editors or decided by the funder's rounds, and published as 360Giving open data.</summary>
public partial interface IFunderGrain
{
    /// <summary>
    /// Records a grant (editors only). Without a <see cref="RecordGrant.CharityName"/> the grant takes the name the charity
    /// shares with the caller (else its org-id); the charity is then told, so it keeps its rungs as they were when the grant
    /// began (best effort: the grant stands either way).
    /// </summary>
    [Alias("RecordGrant")]
    Task<Grant> RecordGrantAsync(RecordGrant command, string subject);

    /// <summary>Every grant, newest award first.</summary>
    [Alias("GetGrants")]
    Task<IReadOnlyList<Grant>> GetGrantsAsync(string subject);

    [Alias("GetGrant")]
    Task<Grant> GetGrantAsync(string grantId, string subject);

    /// <summary>
    /// Called by a decided round grain: records a grant for each funded application unless one is already recorded
    /// for it (idempotent, so the round can retry after a crash), tells each charity as <see cref="RecordGrantAsync"/>
    /// does, and answers every grant id by application id.
    /// </summary>
    [Alias("RecordRoundGrants")]
    Task<IReadOnlyDictionary<string, string>> RecordRoundGrantsAsync(string roundId, IReadOnlyList<RoundGrant> grants);

    /// <summary>What the 360Giving package is made from (409 without a grantIdPrefix or without grants).</summary>
    [Alias("GetOpenGrants")]
    Task<OpenGrantsView> GetOpenGrantsAsync(string subject);
}
