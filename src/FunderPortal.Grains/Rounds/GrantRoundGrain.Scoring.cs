using FunderPortal.Common;
using FunderPortal.PersonalData;

namespace FunderPortal.Rounds;

public sealed partial class GrantRoundGrain
{
    public async Task<ScoreSheetView> SubmitScoresAsync(string applicationId, SubmitScores command, string subject)
    {
        var caller = await CallerAsync(subject);
        var panellist = RoundAccess.RequirePanellist(State, caller);
        var application = FindApplication(applicationId);
        await AppendAsync(RoundDecisions.SubmitScores(State, panellist.Id, application, command), subject);
        return await OpenAsync(State.FindSheet(applicationId, panellist.Id)!.ToView(applicationId, panellist, State.Current));
    }

    public async Task<ScoreSheetView> GetMyScoresAsync(string applicationId, string subject)
    {
        var caller = await CallerAsync(subject);
        var panellist = RoundAccess.RequirePanellist(State, caller);
        FindApplication(applicationId);
        return await OpenAsync(State.FindSheet(applicationId, panellist.Id)?.ToView(applicationId, panellist, State.Current)
            ?? throw new NotFoundException("You have not scored this application yet."));
    }

    public async Task<IReadOnlyList<ScoreSheetView>> GetScoresAsync(string applicationId, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        FindApplication(applicationId);
        RequireScoringEnded();
        RoundAccess.RequireNotConflicted(State, caller, applicationId);
        var sheets = State.Sheets.GetValueOrDefault(applicationId) ?? [];
        List<ScoreSheetView> views = [.. sheets
            .Where(s => State.Panellists.ContainsKey(s.Key))
            .Select(s => s.Value.ToView(applicationId, State.Panellists[s.Key], State.Current))
            .OrderBy(v => v.Pseudonym, StringComparer.Ordinal)];
        var opener = await OpenerAsync(views.SelectMany(RoundPersonalData.SealedIn));
        return [.. views.Select(v => RoundPersonalData.Open(v, opener)!)];
    }

    public async Task<TopPicksView> SubmitTopPicksAsync(IReadOnlyList<string>? applicationIds, string subject)
    {
        var caller = await CallerAsync(subject);
        var panellist = RoundAccess.RequirePanellist(State, caller);
        await AppendAsync(RoundDecisions.SubmitTopPicks(State, panellist.Id, applicationIds), subject);
        return new TopPicksView(panellist.Id, State.TopPicks[panellist.Id], State.Current.TopPickCount);
    }

    public async Task<TopPicksView> GetMyTopPicksAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        var panellist = RoundAccess.RequirePanellist(State, caller);
        return new TopPicksView(panellist.Id, State.TopPicks.GetValueOrDefault(panellist.Id) ?? [], State.Current.TopPickCount);
    }

    public async Task<RoundResultsView> GetResultsAsync(RankBy? rankBy, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        RequireScoringEnded();
        var results = RoundAggregation.Aggregate(State.ToAggregationInput(rankBy ?? State.Current.RankBy));
        return results.ToView(State, caller.IsFunderMember ? caller.Role : RoundRole.Panellist, caller.Panellist);
    }

    public async Task<NoteView> AddNoteAsync(string applicationId, string? text, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        var application = FindApplication(applicationId);
        string author;
        if (caller.Panellist is { } panellist && !caller.IsFunderMember)
        {
            RoundDecisions.RequireNotConflicted(State, applicationId, panellist.Id, "join its discussion");
            author = panellist.Pseudonym;
        }
        else if (caller.IsFunderEditor)
        {
            author = "Funder";
        }
        else
        {
            throw new ForbiddenException("Only the panel and the funder's editors add discussion notes.");
        }
        // Within an idempotent request the note's id comes from the request: a retry finds what the first attempt added.
        var id = Ids.NewFor("note");
        if (!State.Notes.Exists(n => n.Id == id))
            await AppendAsync(RoundDecisions.AddNote(State, id, application, author, text), subject);
        var note = State.Notes.Find(n => n.Id == id)!;
        return RoundPersonalData.Open(new NoteView(note.Id, note.ApplicationId, note.Author, note.Text, note.At), await OpenerAsync([note.Text]));
    }

    public async Task<IReadOnlyList<NoteView>> GetNotesAsync(string applicationId, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        FindApplication(applicationId);
        RoundAccess.RequireNotConflicted(State, caller, applicationId);
        var notes = State.Notes.Where(n => n.ApplicationId == applicationId).ToList();
        var opener = await OpenerAsync(notes.Select(n => n.Text));
        return [.. notes.Select(n => RoundPersonalData.Open(new NoteView(n.Id, n.ApplicationId, n.Author, n.Text, n.At), opener))];
    }

    public async Task<ApplicationView> DecideAsync(string applicationId, RecordDecision command, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderEditor(State, caller);
        var application = FindApplication(applicationId);
        await AppendAsync(RoundDecisions.Decide(State, application, command, subject), subject);
        return await OpenAsync(State.Applications[applicationId].ToView(State, caller.Role, caller.Panellist));
    }

    private async Task<ScoreSheetView> OpenAsync(ScoreSheetView sheet) =>
        RoundPersonalData.Open(sheet, await OpenerAsync(RoundPersonalData.SealedIn(sheet)))!;

    private async Task<ApplicationView> OpenAsync(ApplicationView view) =>
        RoundPersonalData.Open(view, await OpenerAsync(RoundPersonalData.SealedIn(view.YourScores)));

    /// <summary>Nobody reads another panellist's scores, or anything made from them, before scoring ends.</summary>
    private void RequireScoringEnded()
    {
        if (!RoundPhases.ScoringHasEnded(State))
            throw new ConflictException($"Scores stay private until scoring ends; the round is {State.Phase}.");
    }
}
