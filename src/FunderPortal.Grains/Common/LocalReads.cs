using System.Collections.Concurrent;
using System.Collections.Frozen;
using FunderPortal.Charities;

namespace FunderPortal.Common;

/// <summary>
/// What grains active in this silo published for reads that need no grain call: a charity's journey now with who its
/// members are, and each member's page stamp (<see cref="CharityPageStamp"/>); a funder's members (which a charity asks
/// about on every read through a share); a person's unread notifications and stored language. A
/// grain call cost a read as much as everything else the host does for it (docs/PERFORMANCE.md, "Reads").
/// </summary>
/// <remarks>
/// The grain stays the one that decides. It publishes at activation and after every change it commits, before the
/// change is acknowledged (so no read that starts after a change is acknowledged sees what was before it); it withdraws
/// at deactivation and whenever a write fails (its state is then reloaded, and reads ask it until it publishes again).
/// Only members are answered here: a funder's member (whose read is logged), a panellist, a stranger, and every read of
/// another instant still ask the grain. In a cluster a silo holds only what its own activations published.
/// </remarks>
public sealed class LocalReads
{
    private readonly ConcurrentDictionary<string, PublishedCharity> _charities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Unread, string Language)> _people = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, MemberRole>> _funderMembers = new(StringComparer.Ordinal);

    /// <summary>The journey now when <paramref name="subject"/> is a member of the charity as published; null: ask the grain.</summary>
    public JourneyView? JourneyForMember(string orgId, string subject) =>
        _charities.TryGetValue(orgId, out var published) && published.Members.Contains(subject) ? published.Journey : null;

    /// <summary>A member's page stamp as published; null: ask the grain.</summary>
    public CharityPageStamp? StampForMember(string orgId, string subject) =>
        _charities.TryGetValue(orgId, out var published) && published.Stamps is { } stamps && stamps.TryGetValue(subject, out var stamp) ? stamp : null;

    /// <summary>A person's unread notifications as published; null: ask their grain.</summary>
    public int? UnreadNotifications(string subject) => _people.TryGetValue(subject, out var person) ? person.Unread : null;

    /// <summary>A person's stored language (<c>en</c>/<c>cy</c>) as published; null: ask their grain.</summary>
    public string? Language(string subject) => _people.TryGetValue(subject, out var person) ? person.Language : null;

    /// <summary>
    /// Whether the funder's grain, active in this silo, published its members: then <paramref name="role"/> is what it would
    /// answer to "is this person one of your members?" (null: not a member). False: ask the funder's grain.
    /// </summary>
    public bool TryFunderRole(string funderOrgId, string subject, out MemberRole? role)
    {
        role = null;
        if (!_funderMembers.TryGetValue(funderOrgId, out var members))
            return false;
        if (members.TryGetValue(subject, out var found))
            role = found;
        return true;
    }

    internal void PublishFunderMembers(string funderOrgId, IReadOnlyDictionary<string, MemberRole> members) =>
        _funderMembers[funderOrgId] = members.ToFrozenDictionary(StringComparer.Ordinal);

    internal void WithdrawFunderMembers(string funderOrgId) => _funderMembers.TryRemove(funderOrgId, out _);

    internal void PublishCharity(JourneyView journey, IEnumerable<string> members, IEnumerable<KeyValuePair<string, CharityPageStamp>>? stamps) =>
        _charities[journey.OrgId] = new PublishedCharity(journey, members.ToFrozenSet(StringComparer.Ordinal),
            stamps?.ToFrozenDictionary(StringComparer.Ordinal));

    internal void WithdrawCharity(string orgId) => _charities.TryRemove(orgId, out _);

    internal void PublishPerson(string subject, int unread, string language) => _people[subject] = (unread, language);

    internal void WithdrawPerson(string subject) => _people.TryRemove(subject, out _);

    private sealed record PublishedCharity(JourneyView Journey, FrozenSet<string> Members, FrozenDictionary<string, CharityPageStamp>? Stamps);
}
