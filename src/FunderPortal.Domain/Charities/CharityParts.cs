using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>The parts of a charity that people open, one page (and one tab) each.</summary>
public enum CharityPart
{
    /// <summary>Workstreams, rungs, milestones and barriers, now or as they were.</summary>
    JourneyMap,
    /// <summary>Every recorded change, with who and when.</summary>
    Timeline,
    /// <summary>What changed between two dates.</summary>
    Progress,
    /// <summary>Check-ins held (and, for editors, a new one).</summary>
    CheckIns,
    /// <summary>The resourcing plan.</summary>
    Plan,
    /// <summary>Evidence items (a funder sees only those shared with funders).</summary>
    Evidence,
    /// <summary>Everything funders did towards the charity, each member's own read or not; from there, funders' feedback.</summary>
    Inbox,
    /// <summary>Grants funders recorded to the charity, with what each committed to the plan.</summary>
    Grants,
    /// <summary>Who the charity shares with, and their reads.</summary>
    Sharing,
    /// <summary>Members and the profile.</summary>
    Members,
}

/// <summary>
/// What the caller may read of a charity: a member reads everything (an editor also changes it); a member of a funder
/// the charity shares with reads what the live shares with that funder cover (<see cref="Scopes"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.YourCharityAccess")]
public sealed record YourCharityAccess(
    [property: Id(0)] MemberRole? Role,
    [property: Id(1)] IReadOnlyList<ShareScope> Scopes)
{
    public bool IsMember => Role is not null;

    /// <summary>Only editors change anything: everyone else is shown no control that writes.</summary>
    public bool IsEditor => Role == MemberRole.Editor;

    /// <summary>What the charity grain's read gate lets through: members always, funders' members with the scope shared.</summary>
    public bool CanRead(ShareScope scope) => IsMember || Scopes.Contains(scope);

    public static YourCharityAccess Member(MemberRole role) => new(role, []);
}

/// <summary>
/// Which parts of a charity a caller may open: the same rule as the charity grain's reads behind each page, so a tab
/// shown never answers "not shared with you". A part with a <see cref="ShareScope"/> is read through the grain's read
/// gate for that scope; a part without one is for members only.
/// </summary>
public static class CharityParts
{
    /// <summary>Every part in the order the portal shows them, with the scope that opens it to a funder (null: members only).</summary>
    public static IReadOnlyList<(CharityPart Part, ShareScope? Scope)> All { get; } =
    [
        (CharityPart.JourneyMap, ShareScope.Journey),
        (CharityPart.Timeline, null),
        (CharityPart.Progress, ShareScope.Journey),
        (CharityPart.CheckIns, ShareScope.Journey),
        (CharityPart.Plan, ShareScope.Resourcing),
        (CharityPart.Evidence, ShareScope.Evidence),
        (CharityPart.Inbox, null),
        (CharityPart.Grants, null),
        (CharityPart.Sharing, null),
        (CharityPart.Members, null),
    ];

    /// <summary>The scope that opens <paramref name="part"/> to a funder's member; null when it is for members only.</summary>
    public static ShareScope? ScopeOf(CharityPart part) => All.Single(p => p.Part == part).Scope;

    public static bool CanOpen(YourCharityAccess? access, CharityPart part)
    {
        if (access is null)
            return false;
        return ScopeOf(part) is { } scope ? access.CanRead(scope) : access.IsMember;
    }

    /// <summary>The parts <paramref name="access"/> opens, in order; none for someone with no access (null).</summary>
    public static IReadOnlyList<CharityPart> For(YourCharityAccess? access) =>
        [.. All.Where(p => CanOpen(access, p.Part)).Select(p => p.Part)];
}
