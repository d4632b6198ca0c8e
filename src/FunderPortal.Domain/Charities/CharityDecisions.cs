using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Charities;

/// <summary>
/// The charity's rules as pure functions: given the current state and a request, either the events that
/// record it or an exception that refuses it. Access is checked by the caller (<see cref="CharityAccess"/>).
/// </summary>
public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> Register(CharityState state, string grainKey, RegisterCharity c, string subject)
    {
        PanelSubjects.RequireAccount(subject);
        var errors = new ErrorBag();
        if (OrgId.Check(errors, "orgId", c.OrgId) && c.OrgId != grainKey)
            errors.Add("orgId", "Does not match the charity addressed.");
        errors.RequireText("name", c.Name, Limits.Name);
        errors.Defined("sizeBand", c.SizeBand);
        errors.Tags("areas", c.Areas);
        errors.Tags("causes", c.Causes);
        errors.OptionalText("coProductionMeaning", c.CoProductionMeaning, Limits.LongText);
        errors.ThrowIfAny();

        if (state.IsRegistered)
            throw new ConflictException($"Charity '{c.OrgId}' is already registered.");

        return
        [
            new CharityRegistered(c.OrgId, c.Name.Trim(), c.SizeBand, CleanTags(c.Areas), CleanTags(c.Causes),
                Text.Clean(c.CoProductionMeaning)),
            new MemberRoleGranted(subject, MemberRole.Editor),
        ];
    }

    public static IReadOnlyList<CharityEvent> ChangeProfile(CharityState state, ChangeCharityProfile c)
    {
        var errors = new ErrorBag();
        if (c.Name is not null)
            errors.RequireText("name", c.Name, Limits.Name);
        errors.Defined("sizeBand", c.SizeBand);
        errors.Tags("areas", c.Areas);
        errors.Tags("causes", c.Causes);
        errors.OptionalText("coProductionMeaning", c.CoProductionMeaning, Limits.LongText);
        if (c.CheckInIntervalDays is { } days)
            errors.Range("checkInIntervalDays", days, CheckInSchedule.MinIntervalDays, CheckInSchedule.MaxIntervalDays);
        errors.ThrowIfAny();

        var change = new CharityProfileChanged(
            Differs(state.Name, c.Name?.Trim()),
            c.SizeBand == state.SizeBand ? null : c.SizeBand,
            c.Areas is null || CleanTags(c.Areas).SequenceEqual(state.Areas) ? null : CleanTags(c.Areas),
            c.Causes is null || CleanTags(c.Causes).SequenceEqual(state.Causes) ? null : CleanTags(c.Causes),
            DiffersOptional(state.CoProductionMeaning, c.CoProductionMeaning),
            c.CheckInIntervalDays == state.CheckInIntervalDays ? null : c.CheckInIntervalDays);
        return change == new CharityProfileChanged(null, null, null, null, null) ? [] : [change];
    }

    public static IReadOnlyList<CharityEvent> GrantRole(CharityState state, string subject, MemberRole role) =>
        Memberships.MayGrant(state.Members, subject, role, "charity") ? [new MemberRoleGranted(subject, role)] : [];

    public static IReadOnlyList<CharityEvent> RemoveMember(CharityState state, string subject)
    {
        Memberships.MayRemove(state.Members, subject, "charity");
        return [new MemberRemoved(subject)];
    }

    public static IReadOnlyList<CharityEvent> Invite(CharityState state, string tokenHash, MemberRole role, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        errors.Defined("role", (MemberRole?)role);
        errors.ThrowIfAny();
        if (state.Invitations.Count(i => i.AcceptedBy is null && i.ExpiresAt > now) >= Limits.MaxParticipantsAsked)
            throw new ConflictException($"At most {Limits.MaxParticipantsAsked} invitations can be open at once.");
        return [new MemberInvited(tokenHash, role, now.Add(InvitationLifetime))];
    }

    /// <summary>Joining through a one-time link; a used, expired or unknown link is the same "not found".</summary>
    public static IReadOnlyList<CharityEvent> AcceptInvitation(CharityState state, string tokenHash, string subject, DateTimeOffset now)
    {
        PanelSubjects.RequireAccount(subject);
        var invitation = state.Invitations.Find(i => i.TokenHash == tokenHash && i.AcceptedBy is null && now < i.ExpiresAt)
            ?? throw new NotFoundException("This invitation is not valid: it may have been used already or have expired.");
        var granted = state.Members.TryGetValue(subject, out var existing) && existing >= invitation.Role
            ? []
            : new CharityEvent[] { new MemberRoleGranted(subject, invitation.Role) };
        return [new InvitationAccepted(tokenHash, subject), .. granted];
    }

    /// <summary>How long a link to join stays valid.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    private static string[] CleanTags(IReadOnlyList<string> tags) =>
        [.. tags.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>The new required text when it differs, else null (no change).</summary>
    private static string? Differs(string current, string? update) =>
        update is null || update == current ? null : update;

    /// <summary>The new optional text when it differs ("" clears), else null (no change).</summary>
    private static string? DiffersOptional(string? current, string? update)
    {
        if (update is null)
            return null;
        var cleaned = Text.Clean(update);
        return cleaned == current ? null : cleaned ?? "";
    }
}
