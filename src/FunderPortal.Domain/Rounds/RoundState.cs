using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Rounds;

/// <summary>
/// A grant round as the fold of its events. Scores are kept per application and panellist (a round of 1,000
/// applications and 25 panellists holds 25,000 sheets), so every look-up is a dictionary hit.
/// </summary>
public sealed class RoundState : IAggregateState<RoundEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public string RoundId { get; set; } = "";
    public string FunderOrgId { get; set; } = "";
    public RoundSetup? Setup { get; set; }
    public RoundPhase Phase { get; set; }
    public List<PhaseChange> PhaseChanges { get; set; } = [];
    /// <summary>Submitted applications: what the funder and the panel see, count and decide.</summary>
    public Dictionary<string, RoundApplication> Applications { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Drafts, seen only by their charities' members.</summary>
    public Dictionary<string, RoundApplication> Drafts { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Applications their charities took back (drafts or submitted), kept for the charities to see.</summary>
    public Dictionary<string, RoundApplication> Withdrawn { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Drafts set aside when scoring started, kept so their charities are told (again after a crash).</summary>
    public Dictionary<string, RoundApplication> DiscardedDrafts { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Whether the round has a public page and a place in the public index.</summary>
    public bool Published { get; set; }
    /// <summary>Whether it ever was published: only then does the public index hear of it (also when it is taken down).</summary>
    public bool EverPublished { get; set; }
    public Dictionary<string, Panellist> Panellists { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, PanelInvitation> Invitations { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Score sheets by application id, then panellist id.</summary>
    public Dictionary<string, Dictionary<string, ScoreSheet>> Sheets { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Declarations by application id, then panellist id.</summary>
    public Dictionary<string, Dictionary<string, Conflict>> Conflicts { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, IReadOnlyList<string>> TopPicks { get; set; } = new(StringComparer.Ordinal);
    public List<DiscussionNote> Notes { get; set; } = [];
    public Dictionary<string, string>? GrantIdsByApplication { get; set; }

    [JsonIgnore]
    public bool Exists => CreatedAt is not null;

    [JsonIgnore]
    public RoundSetup Current => Setup ?? throw new InvalidOperationException("The round has not been created.");

    /// <summary>A submitted application: the only kind the funder and the panel act on.</summary>
    public RoundApplication? FindApplication(string id) => Applications.GetValueOrDefault(id);

    /// <summary>An application whatever its status (draft, submitted or withdrawn): what its charity sees.</summary>
    public RoundApplication? FindAnyApplication(string id) =>
        Applications.GetValueOrDefault(id) ?? Drafts.GetValueOrDefault(id) ?? Withdrawn.GetValueOrDefault(id);

    /// <summary>Every application of one charity, whatever its status, oldest first.</summary>
    public IEnumerable<RoundApplication> ApplicationsOf(string charityOrgId) =>
        Applications.Values.Concat(Drafts.Values).Concat(Withdrawn.Values)
            .Where(a => a.CharityOrgId == charityOrgId)
            .OrderBy(a => a.DraftedAt ?? a.SubmittedAt);

    /// <summary>The next place in submission order: numbers are never reused, also after a withdrawal.</summary>
    private int NextNumber() =>
        Applications.Values.Concat(Withdrawn.Values).Select(a => a.Number).DefaultIfEmpty(0).Max() + 1;

    public bool IsConflicted(string applicationId, string panellistId) =>
        Conflicts.TryGetValue(applicationId, out var byPanellist)
        && byPanellist.TryGetValue(panellistId, out var conflict)
        && conflict.Declaration == ConflictDeclaration.Declared;

    public ScoreSheet? FindSheet(string applicationId, string panellistId) =>
        Sheets.TryGetValue(applicationId, out var byPanellist) ? byPanellist.GetValueOrDefault(panellistId) : null;

    /// <summary>The panellist a person is: by their panellist-only subject, or as the signed-in user they linked.</summary>
    public Panellist? FindPanellistBySubject(string subject)
    {
        if (PanelSubjects.TryParse(subject, out var roundId, out var panellistId))
            return roundId == RoundId ? Panellists.GetValueOrDefault(panellistId) : null;
        return Panellists.Values.FirstOrDefault(p => p.UserSubject == subject);
    }

    public void Apply(RoundEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case RoundCreated e:
                CreatedAt = recordedAt;
                RoundId = e.RoundId;
                FunderOrgId = e.FunderOrgId;
                Setup = e.Setup;
                PhaseChanges.Add(new PhaseChange(RoundPhase.Draft, recordedAt));
                break;
            case RoundSetupChanged e:
                Setup = e.Setup;
                break;
            case RoundPhaseChanged e:
                Phase = e.Phase;
                PhaseChanges.Add(new PhaseChange(e.Phase, recordedAt));
                break;
            case ApplicationSubmitted e:
                Applications[e.ApplicationId] = new RoundApplication(e.ApplicationId, NextNumber(), e.CharityOrgId, e.CharityName,
                    e.AmountRequestedPence, e.Summary, e.EligibilityAnswers, e.LinkJourney, recordedAt, e.SubmittedBy, [], null);
                break;
            case ApplicationDrafted e:
                Drafts[e.ApplicationId] = new RoundApplication(e.ApplicationId, 0, e.CharityOrgId, e.CharityName, e.AmountRequestedPence,
                    e.Summary, e.EligibilityAnswers, e.LinkJourney, null, e.DraftedBy, [], null, ApplicationStatus.Draft, recordedAt);
                break;
            case ApplicationChanged e:
                ChangeApplication(e.ApplicationId, a => a with
                {
                    AmountRequestedPence = e.AmountRequestedPence,
                    Summary = e.Summary,
                    EligibilityAnswers = e.EligibilityAnswers,
                    LinkJourney = e.LinkJourney,
                });
                break;
            case ApplicationDraftSubmitted e when Drafts.Remove(e.ApplicationId, out var draft):
                Applications[e.ApplicationId] = draft with
                {
                    Number = NextNumber(),
                    Status = ApplicationStatus.Submitted,
                    SubmittedAt = recordedAt,
                    SubmittedBy = e.SubmittedBy,
                };
                break;
            case ApplicationWithdrawn e:
                if (Applications.Remove(e.ApplicationId, out var taken) || Drafts.Remove(e.ApplicationId, out taken))
                    Withdrawn[e.ApplicationId] = taken with { Status = ApplicationStatus.Withdrawn };
                break;
            case ApplicationDiscarded e when Drafts.Remove(e.ApplicationId, out var discarded):
                DiscardedDrafts[e.ApplicationId] = discarded;
                break;
            case RoundPublicationChanged e:
                Published = e.Published;
                EverPublished |= e.Published;
                break;
            case ApplicationFileAdded e:
                ChangeApplication(e.ApplicationId, a => a with
                {
                    Files = [.. a.Files, new ApplicationFile(e.FileId, e.Kind, e.FileName, e.ContentType, e.SizeBytes, recordedAt)],
                });
                break;
            case RecordingTranscriptSet e:
                ChangeFile(e.ApplicationId, e.FileId, f => f with { Transcript = e.Transcript });
                break;
            case RecordingCaptionsAdded e:
                ChangeFile(e.ApplicationId, e.FileId, f => f with { CaptionsId = e.CaptionsFileId });
                break;
            case PanelInvitationIssued e:
                Invitations[e.InvitationId] = new PanelInvitation(e.InvitationId, e.TokenHash, e.ForPanellistId, recordedAt, null, e.Email);
                break;
            case PanelInvitationReissued e when Invitations.TryGetValue(e.InvitationId, out var reissued):
                Invitations[e.InvitationId] = reissued with { TokenHash = e.TokenHash };
                break;
            case PanellistJoined e:
                AcceptInvitation(e.InvitationId, e.PanellistId);
                Panellists[e.PanellistId] = new Panellist(e.PanellistId, e.Pseudonym, e.UserSubject, e.TokenHash, recordedAt,
                    e.AccessibilityNeeds, e.MeetingTimes, e.Payment, e.NonCashPreference, [], e.Email, e.Language);
                break;
            case PanellistRejoined e when Panellists.TryGetValue(e.PanellistId, out var panellist):
                AcceptInvitation(e.InvitationId, e.PanellistId);
                Panellists[e.PanellistId] = panellist with
                {
                    UserSubject = e.UserSubject ?? panellist.UserSubject,
                    TokenHash = e.TokenHash,
                    Email = Invitations.GetValueOrDefault(e.InvitationId)?.Email ?? panellist.Email,
                };
                break;
            case PanellistPreferencesChanged e when Panellists.TryGetValue(e.PanellistId, out var panellist):
                Panellists[e.PanellistId] = panellist with
                {
                    AccessibilityNeeds = e.AccessibilityNeeds,
                    MeetingTimes = e.MeetingTimes,
                    Payment = e.Payment,
                    NonCashPreference = e.NonCashPreference,
                };
                break;
            case ConflictDeclared e:
                Inner(Conflicts, e.ApplicationId)[e.PanellistId] = new Conflict(e.Declaration, e.Details, recordedAt);
                if (e.Declaration == ConflictDeclaration.Declared)
                {
                    if (Sheets.TryGetValue(e.ApplicationId, out var sheets))
                        sheets.Remove(e.PanellistId);
                    if (TopPicks.TryGetValue(e.PanellistId, out var picks) && picks.Contains(e.ApplicationId))
                        TopPicks[e.PanellistId] = [.. picks.Where(id => id != e.ApplicationId)];
                }
                break;
            case ScoresSubmitted e:
                Inner(Sheets, e.ApplicationId)[e.PanellistId] = new ScoreSheet(e.Scores, e.Comments, e.Comment, recordedAt);
                break;
            case TopPicksSubmitted e:
                TopPicks[e.PanellistId] = e.ApplicationIds;
                break;
            case DiscussionNoteAdded e:
                Notes.Add(new DiscussionNote(e.NoteId, e.ApplicationId, e.Author, e.Text, recordedAt));
                break;
            case DecisionRecorded e when Applications.TryGetValue(e.ApplicationId, out var application):
                Applications[e.ApplicationId] = application with
                {
                    Decision = new Decision(e.Outcome, e.AmountPence, e.Rationale, recordedAt, e.DecidedBy),
                };
                break;
            case PanelTimeRecorded e when Panellists.TryGetValue(e.PanellistId, out var panellist):
                Panellists[e.PanellistId] = panellist with
                {
                    Time = [.. panellist.Time, new PanelTime(e.EntryId, e.Activity, e.Minutes, e.On, e.RecordedBy)],
                };
                break;
            case RoundGrantsRecorded e:
                GrantIdsByApplication = new Dictionary<string, string>(e.GrantIdsByApplication, StringComparer.Ordinal);
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    /// <summary>Changes an application wherever its status keeps it (a draft, submitted or withdrawn).</summary>
    private void ChangeApplication(string id, Func<RoundApplication, RoundApplication> change)
    {
        foreach (var kept in new[] { Applications, Drafts, Withdrawn })
        {
            if (kept.TryGetValue(id, out var application))
                kept[id] = change(application);
        }
    }

    private void ChangeFile(string applicationId, string fileId, Func<ApplicationFile, ApplicationFile> change) =>
        ChangeApplication(applicationId, a => a with { Files = [.. a.Files.Select(f => f.Id == fileId ? change(f) : f)] });

    private void AcceptInvitation(string invitationId, string panellistId)
    {
        if (Invitations.TryGetValue(invitationId, out var invitation))
            Invitations[invitationId] = invitation with { AcceptedBy = panellistId };
    }

    private static Dictionary<string, T> Inner<T>(Dictionary<string, Dictionary<string, T>> outer, string key)
    {
        if (!outer.TryGetValue(key, out var inner))
        {
            inner = new Dictionary<string, T>(StringComparer.Ordinal);
            outer[key] = inner;
        }
        return inner;
    }
}
