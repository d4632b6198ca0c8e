using FunderPortal.PersonalData;

namespace FunderPortal.Rounds;

/// <summary>
/// A round's personal data, sealed under the key of the person who wrote it: score comments, conflict details and
/// discussion notes (panel comments, with a retention period), and a panellist's meeting times and non-cash preference
/// (kept until they are erased). A panellist linked to a user is that user (<c>user/{subject}</c>); one who joined by
/// link alone is <c>panellist/{roundId}/{panellistId}</c>. An address a panel invitation was emailed to is sealed under the
/// invitee's own key until they join (<see cref="PersonIds.PanelInvitee"/>), then under theirs if they joined without an
/// account (to email them the round's notices) and the invitee's key is destroyed. Pseudonyms, scores and accessibility needs (a choice from a
/// fixed list) stay plain: the method and the panel's pay are computed from them.
/// </summary>
internal static class RoundPersonalData
{
    public static string PersonOf(RoundState state, string roundId, string panellistId) =>
        state.Panellists.TryGetValue(panellistId, out var panellist) && panellist.UserSubject is { } subject
            ? PersonIds.User(subject)
            : PersonIds.Panellist(roundId, panellistId);

    /// <summary>Whoever wrote a note: a panellist by their panel identity, anyone else as the user they signed in as.</summary>
    private static string PersonOfActor(RoundState state, string roundId, string actor) =>
        state.FindPanellistBySubject(actor) is { } panellist ? PersonOf(state, roundId, panellist.Id) : PersonIds.User(actor);

    /// <summary>The events as they are stored: decided with plain text, sealed just before the append.</summary>
    public static async Task<IReadOnlyList<RoundEvent>> SealAsync(
        IReadOnlyList<RoundEvent> events, RoundState state, string roundId, string streamId, string actor, PersonalDataProtector personal)
    {
        var result = new List<RoundEvent>(events.Count);
        foreach (var e in events)
        {
            Task<string?> Seal(string? text, string person, string purpose) =>
                personal.SealAsync(text, person, purpose, periodic: purpose == PersonalPurposes.PanelComments, streamId);

            result.Add(e switch
            {
                PanellistJoined j => j with
                {
                    MeetingTimes = await Seal(j.MeetingTimes, Joiner(j), PersonalPurposes.Profile),
                    NonCashPreference = await Seal(j.NonCashPreference, Joiner(j), PersonalPurposes.Profile),
                    Email = await Seal(j.Email, Joiner(j), PersonalPurposes.Contact),
                },
                PanelInvitationIssued i when i.Email is not null => i with
                {
                    Email = await Seal(i.Email, i.ForPanellistId is { } returning ? PersonOf(state, roundId, returning) : PersonIds.PanelInvitee(roundId, i.InvitationId),
                        PersonalPurposes.Contact),
                },
                PanellistPreferencesChanged p => p with
                {
                    MeetingTimes = await Seal(p.MeetingTimes, PersonOf(state, roundId, p.PanellistId), PersonalPurposes.Profile),
                    NonCashPreference = await Seal(p.NonCashPreference, PersonOf(state, roundId, p.PanellistId), PersonalPurposes.Profile),
                },
                ConflictDeclared c => c with { Details = await Seal(c.Details, PersonOf(state, roundId, c.PanellistId), PersonalPurposes.PanelComments) },
                ScoresSubmitted s => s with
                {
                    Comments = s.Comments is null ? null : await SealAllAsync(s.Comments, t => Seal(t, PersonOf(state, roundId, s.PanellistId), PersonalPurposes.PanelComments)),
                    Comment = await Seal(s.Comment, PersonOf(state, roundId, s.PanellistId), PersonalPurposes.PanelComments),
                },
                DiscussionNoteAdded n => n with { Text = (await Seal(n.Text, PersonOfActor(state, roundId, actor), PersonalPurposes.PanelComments))! },
                _ => e,
            });
        }
        return result;

        string Joiner(PanellistJoined j) => j.UserSubject is { } subject ? PersonIds.User(subject) : PersonIds.Panellist(roundId, j.PanellistId);
    }

    private static async Task<IReadOnlyDictionary<string, string>> SealAllAsync(IReadOnlyDictionary<string, string> texts, Func<string, Task<string?>> seal)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in texts)
            result[key] = (await seal(text))!;
        return result;
    }

    public static IEnumerable<string?> SealedIn(ScoreSheetView? sheet) =>
        sheet is null ? [] : sheet.Comments.Values.Append(sheet.Comment);

    public static ScoreSheetView? Open(ScoreSheetView? sheet, PersonalTextOpener opener) =>
        sheet is null ? null : sheet with { Comments = opener.Open(sheet.Comments)!, Comment = opener.Open(sheet.Comment) };

    public static ApplicationView Open(ApplicationView view, PersonalTextOpener opener) => view with { YourScores = Open(view.YourScores, opener) };

    public static ConflictView Open(ConflictView view, PersonalTextOpener opener) => view with { Details = opener.Open(view.Details) };

    public static PanellistView Open(PanellistView view, PersonalTextOpener opener) =>
        view with { MeetingTimes = opener.Open(view.MeetingTimes), NonCashPreference = opener.Open(view.NonCashPreference) };

    public static NoteView Open(NoteView view, PersonalTextOpener opener) => view with { Text = opener.Open(view.Text) };
}
