using FunderPortal.Common;
using Orleans.Concurrency;

namespace FunderPortal.Rounds;

/// <summary>
/// One participatory grant round, keyed by its id. Access is decided here, by the owner of the data: the funder's
/// members (asked of the funder grain), the round's panellists, and applicants for their own application.
/// </summary>
[Alias("FunderPortal.IGrantRoundGrain")]
public interface IGrantRoundGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<RoundView> CreateAsync(string funderOrgId, RoundDetails details, string subject);

    [Alias("Get")]
    Task<RoundView> GetAsync(string subject);

    [Alias("ChangeSetup")]
    Task<RoundView> ChangeSetupAsync(RoundDetails details, string subject);

    [Alias("MoveTo")]
    Task<RoundView> MoveToAsync(RoundPhase? phase, string subject);

    /// <summary>A new application, submitted at once or kept as a draft (<see cref="SubmitApplication.Draft"/>).</summary>
    [Alias("SubmitApplication")]
    Task<ApplicationView> SubmitApplicationAsync(SubmitApplication command, string subject);

    /// <summary>A draft or a submitted application replaced, while the round is Open (its charity's editors).</summary>
    [Alias("ChangeApplication")]
    Task<ApplicationView> ChangeApplicationAsync(string applicationId, ChangeApplication command, string subject);

    /// <summary>A draft sent; 400 naming what it still lacks.</summary>
    [Alias("SubmitDraft")]
    Task<ApplicationView> SubmitDraftAsync(string applicationId, string subject);

    /// <summary>A draft or a submitted application taken back, until scoring starts.</summary>
    [Alias("WithdrawApplication")]
    Task<ApplicationView> WithdrawApplicationAsync(string applicationId, string subject);

    /// <summary>Every application of one charity in this round, whatever its status (that charity's members).</summary>
    [Alias("GetApplicationsOf")]
    Task<IReadOnlyList<ApplicationView>> GetApplicationsOfAsync(string charityOrgId, string subject);

    /// <summary>Shows or takes down the round's public page and its place in the public index (funder editors).</summary>
    [Alias("Publish")]
    Task<RoundView> PublishAsync(bool? published, string subject);

    /// <summary>The public page of a published round, for anyone (404 while it is not published).</summary>
    [Alias("GetPublic"), ReadOnly]
    Task<PublicRoundView> GetPublicAsync();

    /// <summary>
    /// Asked by a charity before it shows a panellist of this round its journey map: the application that links it, or
    /// null (see <see cref="RoundAccess.PanelJourneyRead"/>). Interleaved: the charity may be called by this round meanwhile.
    /// </summary>
    [Alias("AuthorisePanelJourneyRead"), AlwaysInterleave]
    Task<PanelJourneyRead?> AuthorisePanelJourneyReadAsync(string charityOrgId, string subject);

    /// <summary>Every application, in submission order (funder members and panellists).</summary>
    [Alias("GetApplications")]
    Task<IReadOnlyList<ApplicationView>> GetApplicationsAsync(string subject);

    /// <summary>One application: also to the applicant charity's members.</summary>
    [Alias("GetApplication")]
    Task<ApplicationView> GetApplicationAsync(string applicationId, string subject);

    [Alias("EnsureCanAddFile")]
    Task EnsureCanAddFileAsync(string applicationId, string subject);

    [Alias("AddFile")]
    Task<ApplicationFile> AddFileAsync(string applicationId, ApplicationFile file, string subject);

    [Alias("GetFile")]
    Task<ApplicationFile> GetFileAsync(string applicationId, string fileId, string subject);

    /// <summary>A recording's transcript as it now is (null or blank: none), while the round is Open (the applicant's editors).</summary>
    [Alias("SetTranscript")]
    Task<ApplicationFile> SetTranscriptAsync(string applicationId, string fileId, string? transcript, string subject);

    /// <summary>Refuses (before a captions file is read) what <see cref="AddCaptionsAsync"/> would refuse.</summary>
    [Alias("EnsureCanAddCaptions")]
    Task EnsureCanAddCaptionsAsync(string applicationId, string fileId, string subject);

    /// <summary>A WebVTT captions file, already kept under <paramref name="captionsId"/>, for a recording.</summary>
    [Alias("AddCaptions")]
    Task<ApplicationFile> AddCaptionsAsync(string applicationId, string fileId, string captionsId, long sizeBytes, string subject);

    [Alias("Invite")]
    Task<PanelInvitationLink> InviteAsync(string? replacesPanellistId, string subject);

    /// <summary>As above; with <paramref name="email"/> the link is also emailed there, and the address kept sealed in the round.</summary>
    [Alias("InviteByMail")]
    Task<PanelInvitationLink> InviteAsync(string? replacesPanellistId, string? email, string subject);

    /// <param name="userSubject">The signed-in person accepting, or null for a panellist-only identity.</param>
    [Alias("AcceptInvitation")]
    Task<PanelMembership> AcceptInvitationAsync(string token, string? userSubject, PanellistPreferences? preferences);

    /// <summary>The panellist a panellist-only token belongs to, or null (unknown, replaced, or the round is closed).</summary>
    [Alias("AuthenticatePanelToken"), ReadOnly]
    Task<string?> AuthenticatePanelTokenAsync(string tokenHash);

    [Alias("GetPanellists")]
    Task<IReadOnlyList<PanellistView>> GetPanellistsAsync(string subject);

    /// <summary>The caller's own panel identity.</summary>
    [Alias("GetMyPanellist")]
    Task<PanellistView> GetMyPanellistAsync(string subject);

    [Alias("ChangeMyPreferences")]
    Task<PanellistView> ChangeMyPreferencesAsync(PanellistPreferences preferences, string subject);

    /// <summary>Time a panellist spent: recorded by a funder editor, or by the panellist themselves.</summary>
    [Alias("RecordTime")]
    Task<PanelTime> RecordTimeAsync(string panellistId, RecordPanelTime command, string subject);

    [Alias("GetPayments")]
    Task<PaymentsView> GetPaymentsAsync(string subject);

    [Alias("DeclareConflict")]
    Task<ConflictView> DeclareConflictAsync(string applicationId, DeclareConflict command, string subject);

    /// <summary>Every declaration (funder members only).</summary>
    [Alias("GetConflicts")]
    Task<IReadOnlyList<ConflictView>> GetConflictsAsync(string subject);

    [Alias("SubmitScores")]
    Task<ScoreSheetView> SubmitScoresAsync(string applicationId, SubmitScores command, string subject);

    [Alias("GetMyScores")]
    Task<ScoreSheetView> GetMyScoresAsync(string applicationId, string subject);

    /// <summary>Every panellist's sheet for one application, once scoring has ended (409 before).</summary>
    [Alias("GetScores")]
    Task<IReadOnlyList<ScoreSheetView>> GetScoresAsync(string applicationId, string subject);

    [Alias("SubmitTopPicks")]
    Task<TopPicksView> SubmitTopPicksAsync(IReadOnlyList<string>? applicationIds, string subject);

    [Alias("GetMyTopPicks")]
    Task<TopPicksView> GetMyTopPicksAsync(string subject);

    /// <summary>Aggregation, ranking and the recommended allocation, once scoring has ended (409 before).</summary>
    [Alias("GetResults")]
    Task<RoundResultsView> GetResultsAsync(RankBy? rankBy, string subject);

    [Alias("AddNote")]
    Task<NoteView> AddNoteAsync(string applicationId, string? text, string subject);

    [Alias("GetNotes")]
    Task<IReadOnlyList<NoteView>> GetNotesAsync(string applicationId, string subject);

    [Alias("Decide")]
    Task<ApplicationView> DecideAsync(string applicationId, RecordDecision command, string subject);
}
