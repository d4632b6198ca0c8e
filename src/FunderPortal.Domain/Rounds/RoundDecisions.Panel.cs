using System.Globalization;
using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Rounds;

public static partial class RoundDecisions
{
    /// <summary>
    /// Invitations until decisions are made; one may replace a panellist's lost token. When invitation
    /// <paramref name="invitationId"/> already exists, this is a retry of the request that issued it (its id comes from
    /// the request) whose answer, the only place the link was ever shown, was lost: only the token's hash is kept, so the
    /// retry gives the same invitation a new token (the never-shown link stops working) and issues nothing second. An
    /// invitation already used was delivered after all, and is not issued again.
    /// </summary>
    public static IReadOnlyList<RoundEvent> Invite(RoundState state, string invitationId, string tokenHash, string? forPanellistId) =>
        Invite(state, invitationId, tokenHash, forPanellistId, email: null);

    /// <summary>As above; with <paramref name="email"/> the link is also emailed to that address, kept sealed in the round.</summary>
    public static IReadOnlyList<RoundEvent> Invite(RoundState state, string invitationId, string tokenHash, string? forPanellistId, string? email)
    {
        email = PreferenceRules.OptionalAddress("email", email);
        if (state.Phase >= RoundPhase.Decided)
            throw new ConflictException($"The round is {state.Phase}: nobody can join its panel now.");
        if (state.Invitations.TryGetValue(invitationId, out var earlier))
        {
            return earlier.AcceptedBy is null
                ? [new PanelInvitationReissued(invitationId, tokenHash)]
                : throw new ConflictException("This invitation has been used already: make a new one.");
        }
        if (forPanellistId is not null && !state.Panellists.ContainsKey(forPanellistId))
            throw DomainValidationException.For("replacesPanellistId", "No such panellist in this round.");
        if (forPanellistId is null && state.Panellists.Count + OpenInvitations(state) >= RoundLimits.MaxPanellists)
            throw new ConflictException($"A panel has at most {RoundLimits.MaxPanellists} members, counting open invitations.");
        return [new PanelInvitationIssued(invitationId, tokenHash, forPanellistId, email)];
    }

    private static int OpenInvitations(RoundState state) =>
        state.Invitations.Values.Count(i => i.AcceptedBy is null && i.ForPanellistId is null);

    /// <summary>
    /// Accepts a one-time invitation. Signed in, the panel identity is linked to <paramref name="userSubject"/>; either
    /// way it gets <paramref name="panelTokenHash"/>, the hash of a panellist-only token valid until the round closes.
    /// </summary>
    /// <param name="invitedEmail">The address the invitation was emailed to, opened: kept for a panellist who joins without an account.</param>
    /// <param name="language">The language they join in (<c>cy</c>/<c>en</c>): kept with that address, to mail them the round's notices in it.</param>
    public static IReadOnlyList<RoundEvent> Accept(
        RoundState state, string tokenHash, string newPanellistId, string? userSubject, string panelTokenHash, PanellistPreferences? preferences,
        string? invitedEmail = null, string? language = null)
    {
        var invitation = state.Invitations.Values.FirstOrDefault(i => i.TokenHash == tokenHash)
            ?? throw new NotFoundException("This invitation link is not valid.");
        if (invitation.AcceptedBy is not null)
            throw new ConflictException("This invitation has already been used. Ask the funder for a new one.");
        if (state.Phase >= RoundPhase.Decided)
            throw new ConflictException("This round has finished its decisions: its panel has closed.");

        if (invitation.ForPanellistId is { } returning)
        {
            if (userSubject is not null && state.Panellists.Values.Any(p => p.UserSubject == userSubject && p.Id != returning))
                throw new ConflictException("You are already on this panel under another panel identity.");
            return [new PanellistRejoined(returning, invitation.Id, userSubject, panelTokenHash)];
        }
        if (userSubject is not null && state.Panellists.Values.Any(p => p.UserSubject == userSubject))
            throw new ConflictException("You are already on this panel.");

        var prefs = ValidatePreferences(preferences);
        var pseudonym = string.Create(CultureInfo.InvariantCulture, $"Panellist {state.Panellists.Count + 1}");
        return
        [
            new PanellistJoined(newPanellistId, pseudonym, invitation.Id, userSubject, panelTokenHash,
                prefs.AccessibilityNeeds!, prefs.MeetingTimes, prefs.Payment!.Value, prefs.NonCashPreference, userSubject is null ? invitedEmail : null,
                userSubject is null && invitedEmail is not null ? language : null),
        ];
    }

    public static IReadOnlyList<RoundEvent> ChangePreferences(RoundState state, Panellist panellist, PanellistPreferences? preferences)
    {
        _ = state;
        var prefs = ValidatePreferences(preferences);
        return [new PanellistPreferencesChanged(panellist.Id, prefs.AccessibilityNeeds!, prefs.MeetingTimes, prefs.Payment!.Value, prefs.NonCashPreference)];
    }

    /// <summary>Everyone is paid unless they say otherwise.</summary>
    private static PanellistPreferences ValidatePreferences(PanellistPreferences? p)
    {
        var errors = new ErrorBag();
        var needs = p?.AccessibilityNeeds ?? [];
        if (needs.Count > RoundLimits.MaxAccessibilityNeeds)
            errors.Add("accessibilityNeeds", "Name each need once.");
        for (var i = 0; i < needs.Count; i++)
            errors.Defined($"accessibilityNeeds[{i}]", (AccessibilityNeed?)needs[i]);
        errors.OptionalText("meetingTimes", p?.MeetingTimes, Limits.ShortText);
        errors.Defined("payment", p?.Payment);
        errors.OptionalText("nonCashPreference", p?.NonCashPreference, Limits.ShortText);
        errors.ThrowIfAny();
        return new PanellistPreferences([.. needs.Distinct()], Text.Clean(p?.MeetingTimes), p?.Payment ?? PaymentChoice.Paid,
            Text.Clean(p?.NonCashPreference));
    }

    public static IReadOnlyList<RoundEvent> RecordTime(RoundState state, string entryId, Panellist panellist, RecordPanelTime c, string subject, DateOnly today)
    {
        _ = state;
        var errors = new ErrorBag();
        if (c.Activity is null)
            errors.Add("activity", $"Required: one of {string.Join(", ", Enum.GetNames<PanelActivity>())}.");
        errors.Defined("activity", c.Activity);
        if (c.Minutes is null)
            errors.Add("minutes", "Required: the time spent, in whole minutes.");
        else
            errors.Range("minutes", c.Minutes.Value, 1, RoundLimits.MaxMinutesPerEntry);
        errors.Date("on", c.On);
        errors.NotAfter("on", c.On, today, "Time is recorded once spent: not a date still to come.");
        errors.ThrowIfAny();
        if (panellist.Time.Count >= Limits.Items)
            throw new ConflictException($"At most {Limits.Items} time entries per panellist.");
        return [new PanelTimeRecorded(entryId, panellist.Id, c.Activity!.Value, c.Minutes!.Value, c.On ?? today, subject)];
    }
}
