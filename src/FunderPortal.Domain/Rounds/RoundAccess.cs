using FunderPortal.Common;

namespace FunderPortal.Rounds;

/// <summary>
/// Who the caller is to a round: a member of its funder (asked of the funder grain), a panellist (by panel token or
/// linked user), or both. Someone who is neither is told the round is not found.
/// </summary>
public sealed record RoundCaller(string Subject, MemberRole? FunderRole, Panellist? Panellist)
{
    public bool IsFunderMember => FunderRole is not null;

    public bool IsFunderEditor => FunderRole == MemberRole.Editor;

    public RoundRole Role => FunderRole switch
    {
        MemberRole.Editor => RoundRole.FunderEditor,
        MemberRole.Viewer => RoundRole.FunderViewer,
        _ => RoundRole.Panellist,
    };
}

public static class RoundAccess
{
    public static NotFoundException NotFound() => new("No such round, or you are neither its funder's member nor on its panel.");

    public static void RequireExists(RoundState state)
    {
        if (!state.Exists)
            throw NotFound();
    }

    /// <summary>Funder members and panellists read the round.</summary>
    public static void RequireFunderOrPanel(RoundState state, RoundCaller caller)
    {
        RequireExists(state);
        if (!caller.IsFunderMember && caller.Panellist is null)
            throw NotFound();
    }

    public static void RequireFunderMember(RoundState state, RoundCaller caller)
    {
        RequireFunderOrPanel(state, caller);
        if (!caller.IsFunderMember)
            throw new ForbiddenException("Only the funder's members can see this.");
    }

    public static void RequireFunderEditor(RoundState state, RoundCaller caller)
    {
        RequireFunderOrPanel(state, caller);
        if (!caller.IsFunderEditor)
            throw new ForbiddenException("Only the funder's editors can do this.");
    }

    /// <summary>Only panellists score, declare and pick: a funder member who is not on the panel cannot.</summary>
    public static Panellist RequirePanellist(RoundState state, RoundCaller caller)
    {
        RequireFunderOrPanel(state, caller);
        if (caller.Panellist is null)
            throw new ForbiddenException("Only the round's panellists can do this; you are not on its panel.");
        if (state.Phase == RoundPhase.Closed)
            throw new ConflictException("The round is Closed.");
        return caller.Panellist;
    }

    /// <summary>
    /// The application through which a panellist may read a charity's journey map, or null: only while the panel judges
    /// (Scoring and Deliberation; it ends when the round is Decided), only what a submitted application links, never in an
    /// anonymised round (the link stays hidden), and never for a panellist who declared a conflict with it.
    /// </summary>
    public static RoundApplication? PanelJourneyRead(RoundState state, string subject, string charityOrgId)
    {
        if (!state.Exists || state.Phase is not (RoundPhase.Scoring or RoundPhase.Deliberation) || state.Current.Anonymised)
            return null;
        if (state.FindPanellistBySubject(subject) is not { } panellist)
            return null;
        var application = state.Applications.Values.FirstOrDefault(a => a.CharityOrgId == charityOrgId && a.LinkJourney);
        return application is null || state.IsConflicted(application.Id, panellist.Id) ? null : application;
    }

    /// <summary>A conflicted panellist sees neither the application's scores nor its discussion.</summary>
    public static void RequireNotConflicted(RoundState state, RoundCaller caller, string applicationId)
    {
        if (caller.Panellist is { } panellist && !caller.IsFunderMember && state.IsConflicted(applicationId, panellist.Id))
            throw new ForbiddenException("You declared a conflict of interest with this application, so its scores and discussion are hidden from you.");
    }
}
