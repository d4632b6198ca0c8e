using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;
using Orleans.Concurrency;

namespace FunderPortal.Organisations;

/// <summary>
/// What a charity and a funder have in common, declared once: registration, the profile, members and organisation
/// verification (implemented once too, by OrganisationGrain). Methods people call take the caller's subject, because
/// access is decided by the owner of the data.
/// </summary>
/// <remarks>
/// An Orleans call is named by the interface that declares its method, so these calls took new names when they moved
/// here from <see cref="ICharityGrain"/> and <see cref="Funders.IFunderGrain"/>: upgrade a cluster from a version before
/// this one by stopping every silo before starting the new ones (nothing stored changes; only calls in flight between
/// silos of both versions would fail).
/// </remarks>
[Alias("FunderPortal.IOrganisationGrain")]
public interface IOrganisationGrain<TProfile, TRegister, TChange> : IGrainWithStringKey
{
    /// <summary>Registers the organisation; whoever registers it becomes its first editor.</summary>
    [Alias("Register")]
    Task<TProfile> RegisterAsync(TRegister command, string subject);

    /// <summary>The profile, for members (and, for a charity, members of a funder it shares with, as viewers).</summary>
    [Alias("GetProfile")]
    Task<TProfile> GetProfileAsync(string subject);

    /// <param name="expectedVersion">When set, the change is refused (412) unless it is the current version.</param>
    [Alias("ChangeProfile")]
    Task<TProfile> ChangeProfileAsync(TChange command, long? expectedVersion, string subject);

    [Alias("GetMembers")]
    Task<IReadOnlyList<Member>> GetMembersAsync(string subject);

    [Alias("SetMember")]
    Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject);

    [Alias("RemoveMember")]
    Task RemoveMemberAsync(string memberSubject, string subject);

    /// <summary>
    /// The subject's role here, or null: asked by other grains deciding access (a charity asking about a funder's member,
    /// a round asking about an applicant's). Interleaved, so calls both ways cannot deadlock.
    /// </summary>
    [Alias("GetMemberRole"), AlwaysInterleave]
    Task<MemberRole?> GetMemberRoleAsync(string subject);

    /// <summary>
    /// Called by other grains (through their outbox, so perhaps more than once), never by people: tells every member
    /// <paramref name="notice"/> in their notification centre, and returns only once each holds it (a failure throws, so
    /// the caller's outbox sends it again; each centre keeps a notification once). The grain whose facts caused it keeps
    /// it owed; this one alone knows its members. Refused (404) while the organisation is not on the portal. Interleaved:
    /// it only reads the members, so calls both ways cannot deadlock.
    /// </summary>
    [Alias("TellMembers"), AlwaysInterleave]
    Task TellMembersAsync(NotificationNotice notice);

    /// <summary>
    /// Marks the organisation verified by <paramref name="admin"/>, who must be a platform admin (a setting of the host,
    /// not data): the admin routes check before anything else, and the grain again (403 otherwise).
    /// </summary>
    [Alias("Verify")]
    Task<OrganisationVerification> VerifyAsync(string? note, string admin);

    /// <summary>Withdraws the verification (e.g. given in error); only a platform admin, checked as for <see cref="VerifyAsync"/>.</summary>
    [Alias("WithdrawVerification")]
    Task<OrganisationVerification> WithdrawVerificationAsync(string admin);
}
