using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;
using FunderPortal.People;
using FunderPortal.PersonalData;

namespace FunderPortal.Rounds;

public sealed partial class GrantRoundGrain
{
    /// <summary>
    /// Within an idempotent request the invitation's id comes from the request: a retry after the answer was lost finds
    /// the invitation the first attempt issued and gives it a new link (<see cref="RoundDecisions.Invite"/>), never a second one.
    /// </summary>
    public Task<PanelInvitationLink> InviteAsync(string? replacesPanellistId, string subject) => InviteAsync(replacesPanellistId, null, subject);

    /// <summary>With <paramref name="email"/>, the link is emailed there too (awaited once, retried while the round is active; kind Invited).</summary>
    public async Task<PanelInvitationLink> InviteAsync(string? replacesPanellistId, string? email, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderEditor(State, caller);
        var token = OneTimeTokens.New(RoundId);
        var id = Ids.NewFor("panel-invitation");
        var events = RoundDecisions.Invite(State, id, OneTimeTokens.Hash(token), Text.Clean(replacesPanellistId), email);
        var mail = email is null ? null : Mail;
        await AppendAsync(events, subject);
        if (mail is not null && PreferenceRules.OptionalAddress("email", email) is { } address)
            await _outbox.PostAsync([InvitationMail(mail, id, token, address)]);
        return new PanelInvitationLink(id, token, Text.Clean(replacesPanellistId));
    }

    public async Task<PanelMembership> AcceptInvitationAsync(string token, string? userSubject, PanellistPreferences? preferences)
    {
        if (!State.Exists)
            throw new NotFoundException("This invitation link is not valid.");
        // The panellist-only token names the round, so the token handler knows which grain to ask. Joining is once by
        // itself: the invitation's link works once, so a retry is told it was used and no second panellist is made.
        var panelToken = $"panel.{OneTimeTokens.New(RoundId)}";
        var invitation = State.Invitations.Values.FirstOrDefault(i => i.TokenHash == OneTimeTokens.Hash(token));
        var invitedEmail = userSubject is null && invitation?.Email is { } sealedEmail ? (await OpenerAsync([sealedEmail])).Open(sealedEmail) : null;
        var events = RoundDecisions.Accept(State, OneTimeTokens.Hash(token), Ids.New(), userSubject, OneTimeTokens.Hash(panelToken), preferences,
            PreferenceRules.IsAddress(invitedEmail ?? "") ? invitedEmail : null, CallerLanguage.Current);
        await AppendAsync(events, userSubject ?? "panel-invitation");
        await ForgetInviteeAddressAsync(invitation);
        var panellistId = events[0] switch
        {
            PanellistJoined joined => joined.PanellistId,
            PanellistRejoined rejoined => rejoined.PanellistId,
            _ => throw new InvalidOperationException("Accepting an invitation records who joined."),
        };
        var panellist = State.Panellists[panellistId];
        if (panellist.UserSubject is { } user)
            _outbox.Post(PeopleIndex.Notices(Place, State.Version, [user], []));
        return new PanelMembership(RoundId, panellist.Id, panellist.Pseudonym, panelToken, panellist.UserSubject is not null);
    }

    public Task<string?> AuthenticatePanelTokenAsync(string tokenHash)
    {
        if (!State.Exists || State.Phase == RoundPhase.Closed)
            return Task.FromResult<string?>(null);
        return Task.FromResult(State.Panellists.Values.FirstOrDefault(p => p.TokenHash == tokenHash)?.Id);
    }

    public async Task<IReadOnlyList<PanellistView>> GetPanellistsAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderMember(State, caller);
        List<PanellistView> views = [.. State.Panellists.Values.OrderBy(p => p.JoinedAt).Select(p => p.ToView(State.Current))];
        var opener = await OpenerAsync(views.SelectMany(v => new[] { v.MeetingTimes, v.NonCashPreference }));
        return [.. views.Select(v => RoundPersonalData.Open(v, opener))];
    }

    public async Task<PanellistView> GetMyPanellistAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        return await OpenAsync((caller.Panellist ?? throw new NotFoundException("You are not on this round's panel.")).ToView(State.Current));
    }

    public async Task<PanellistView> ChangeMyPreferencesAsync(PanellistPreferences preferences, string subject)
    {
        var caller = await CallerAsync(subject);
        var panellist = RoundAccess.RequirePanellist(State, caller);
        await AppendAsync(RoundDecisions.ChangePreferences(State, panellist, preferences), subject);
        return await OpenAsync(State.Panellists[panellist.Id].ToView(State.Current));
    }

    public async Task<PanelTime> RecordTimeAsync(string panellistId, RecordPanelTime command, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        if (!caller.IsFunderEditor && caller.Panellist?.Id != panellistId)
            throw new ForbiddenException("Only the funder's editors, or the panellist themselves, record a panellist's time.");
        var panellist = State.Panellists.GetValueOrDefault(panellistId)
            ?? throw new NotFoundException($"No panellist '{panellistId}' in this round.");
        // Within an idempotent request the entry's id comes from the request: a retry finds what the first attempt recorded.
        var id = Ids.NewFor("panel-time");
        if (panellist.Time.FirstOrDefault(t => t.Id == id) is { } earlier)
            return earlier;
        await AppendAsync(RoundDecisions.RecordTime(State, id, panellist, command, subject, clock.Today()), subject);
        return State.Panellists[panellistId].Time.First(t => t.Id == id);
    }

    public async Task<PaymentsView> GetPaymentsAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderMember(State, caller);
        return RoundViewsMapping.Payments(State);
    }

    public async Task<ConflictView> DeclareConflictAsync(string applicationId, DeclareConflict command, string subject)
    {
        var caller = await CallerAsync(subject);
        var panellist = RoundAccess.RequirePanellist(State, caller);
        var application = FindApplication(applicationId);
        await AppendAsync(RoundDecisions.DeclareConflict(State, panellist.Id, application, command), subject);
        var conflict = State.Conflicts[applicationId][panellist.Id];
        return RoundPersonalData.Open(new ConflictView(applicationId, panellist.Id, panellist.Pseudonym, conflict.Declaration, conflict.Details, conflict.DeclaredAt),
            await OpenerAsync([conflict.Details]));
    }

    public async Task<IReadOnlyList<ConflictView>> GetConflictsAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderMember(State, caller);
        List<ConflictView> views = [.. State.Conflicts
            .SelectMany(byApp => byApp.Value.Select(c => new ConflictView(byApp.Key, c.Key,
                State.Panellists.TryGetValue(c.Key, out var p) ? p.Pseudonym : c.Key, c.Value.Declaration, c.Value.Details, c.Value.DeclaredAt)))
            .OrderBy(c => State.Applications.TryGetValue(c.ApplicationId, out var a) ? a.Number : 0)
            .ThenBy(c => c.Pseudonym, StringComparer.Ordinal)];
        var opener = await OpenerAsync(views.Select(v => v.Details));
        return [.. views.Select(v => RoundPersonalData.Open(v, opener))];
    }

    private async Task<PanellistView> OpenAsync(PanellistView view) =>
        RoundPersonalData.Open(view, await OpenerAsync([view.MeetingTimes, view.NonCashPreference]));
}
