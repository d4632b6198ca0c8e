using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Rounds;
using Orleans.Concurrency;

namespace FunderPortal.Funders;

/// <summary>
/// One funder, keyed by its org-id: profile, members, programmes, grants, feedback, and the portfolio of
/// summaries that charity grains push to it (so a portfolio read is one grain call, never a fan-out).
/// Methods that people call take the caller's subject, because access is decided here, by the owner of the data.
/// </summary>
[Alias("FunderPortal.IFunderGrain")]
public interface IFunderGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<FunderProfile> RegisterAsync(RegisterFunder command, string subject);

    [Alias("GetProfile")]
    Task<FunderProfile> GetProfileAsync(string subject);

    /// <param name="expectedVersion">When set, the change is refused (412) unless it is the current version.</param>
    [Alias("ChangeProfile")]
    Task<FunderProfile> ChangeProfileAsync(ChangeFunderProfile command, long? expectedVersion, string subject);

    [Alias("GetMembers")]
    Task<IReadOnlyList<Member>> GetMembersAsync(string subject);

    [Alias("SetMember")]
    Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject);

    [Alias("RemoveMember")]
    Task RemoveMemberAsync(string memberSubject, string subject);

    [Alias("AddProgramme")]
    Task<Programme> AddProgrammeAsync(ProgrammeDetails details, string subject);

    [Alias("ChangeProgramme")]
    Task<Programme> ChangeProgrammeAsync(string programmeId, ProgrammeDetails details, string subject);

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

    [Alias("GiveFeedback")]
    Task<FeedbackItem> GiveFeedbackAsync(GiveFeedback command, string subject);

    /// <summary>Feedback and offers of support, newest first.</summary>
    [Alias("GetFeedback")]
    Task<IReadOnlyList<FeedbackItem>> GetFeedbackAsync(string subject);

    [Alias("GetFeedbackItem")]
    Task<FeedbackItem> GetFeedbackItemAsync(string feedbackId, string subject);

    /// <summary>
    /// Called by a charity grain, never by people: keeps <paramref name="entry"/> unless the portfolio already
    /// knows that charity at the same or a newer version. Idempotent; refused (404) for an unregistered funder.
    /// </summary>
    [Alias("UpsertPortfolioEntry")]
    Task UpsertPortfolioEntryAsync(PortfolioEntry entry);

    /// <summary>Called by a charity grain when its share ends, at its <paramref name="version"/>; idempotent.</summary>
    [Alias("RemovePortfolioEntry")]
    Task RemovePortfolioEntryAsync(string charityOrgId, long version);

    /// <summary>
    /// The subject's role in this funder, or null: asked by charity grains deciding whether a funder's member may
    /// read what the charity shares. Interleaved, so a charity asking while this funder calls it cannot deadlock.
    /// </summary>
    /// <summary>Every portfolio or connect read by this funder's members, newest first (members only).</summary>
    [Alias("GetAccessLog")]
    Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string subject);

    /// <summary>Whether this funder is on the portal: a charity shares only with registered funders.</summary>
    [Alias("IsRegistered"), AlwaysInterleave]
    Task<bool> IsRegisteredAsync();

    [Alias("GetMemberRole"), AlwaysInterleave]
    Task<MemberRole?> GetMemberRoleAsync(string subject);

    /// <summary>The shared journeys (live shares only), filtered and sorted.</summary>
    [Alias("GetPortfolio")]
    Task<IReadOnlyList<PortfolioEntry>> GetPortfolioAsync(PortfolioQuery query, string subject);

    /// <summary>Portfolio charities facing <paramref name="barrier"/>, open, by name.</summary>
    [Alias("GetConnections")]
    Task<IReadOnlyList<PortfolioEntry>> GetConnectionsAsync(BarrierKind barrier, string subject);

    /// <summary>What the 360Giving package is made from (409 without a grantIdPrefix or without grants).</summary>
    [Alias("GetOpenGrants")]
    Task<OpenGrantsView> GetOpenGrantsAsync(string subject);

    /// <summary>Called by a round grain when it is created; idempotent.</summary>
    [Alias("ListRound")]
    Task ListRoundAsync(string roundId, string title);

    /// <summary>The funder's grant rounds, newest first (members only).</summary>
    [Alias("GetRounds")]
    Task<IReadOnlyList<RoundListing>> GetRoundsAsync(string subject);

    /// <summary>
    /// Called by a decided round grain: records a grant for each funded application unless one is already recorded
    /// for it (idempotent, so the round can retry after a crash), and answers every grant id by application id.
    /// </summary>
    [Alias("RecordRoundGrants")]
    Task<IReadOnlyDictionary<string, string>> RecordRoundGrantsAsync(string roundId, IReadOnlyList<RoundGrant> grants);

    /// <summary>
    /// An editor offers money against a line of a resourcing plan the charity shares with this funder: this funder decides
    /// who may pledge and checks what is asked, the charity whether its plan is shared with the funder and what the line takes.
    /// </summary>
    [Alias("OfferPledge")]
    Task<Pledge> OfferPledgeAsync(string? charityOrgId, string? lineId, long? amountPence, string? note, string subject);

    /// <summary>Marks the funder verified by <paramref name="admin"/>; the caller (the admin routes) has checked the admin.</summary>
    [Alias("Verify")]
    Task<OrganisationVerification> VerifyAsync(string? note, string admin);

    /// <summary>Withdraws the funder's verification (e.g. given in error); the caller has checked the admin.</summary>
    [Alias("WithdrawVerification")]
    Task<OrganisationVerification> WithdrawVerificationAsync(string admin);
}
