using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.Notifications;

namespace FunderPortal.Funders;

/// <summary>
/// The funder's pipeline, all of it here. Its history has one append path, <see cref="AppendAsync"/>: appended
/// (acknowledged only once committed), then members' indexes and grants' charities told through the outbox without
/// waiting (<see cref="NoticesOwedBy"/>; a grant's recording then awaits its note's first attempt,
/// <see cref="NoteWithCharitiesAsync"/>). Charities' pushes go to the portfolio stream through
/// <see cref="AppendPushAsync"/>; portfolio reads are logged by <see cref="LogReadAsync"/>.
/// </summary>
public sealed partial class FunderGrain
{
    protected override async Task AppendAsync(IReadOnlyList<FunderEvent> events, string actor)
    {
        try
        {
            await History.AppendAsync(events, actor);
        }
        catch
        {
            _localReads?.WithdrawFunderMembers(OrgId); // reloaded: charities ask the grain until it publishes again
            throw;
        }
        PublishMembers();
        TellOthers(events);
        KeepDueDates(events);
    }

    /// <summary>Where this silo keeps who the funder's members are, for charities' read gates (<see cref="LocalReads"/>), when the host has one.</summary>
    private LocalReads? _localReads;

    private void PublishMembers()
    {
        if (_localReads is not null && State.IsRegistered)
            _localReads.PublishFunderMembers(OrgId, State.Members);
    }

    /// <summary>Portfolio events are recorded as written by the charity that pushed them.</summary>
    private Task AppendPushAsync(IReadOnlyList<PortfolioEvent> events, string charityOrgId) =>
        PortfolioStream.AppendAsync(events, StreamIds.Charity(charityOrgId));

    /// <summary>A portfolio read is one entry for the funder, however many charities it shows.</summary>
    private Task LogReadAsync(string subject, string what) => AccessLog.LogAsync(new PortfolioReadLogged(subject, what), subject);

    /// <summary>
    /// Besides members' indexes, each grant these events recorded is told to its charity, when it is on the portal: the
    /// grant (its money committed to the plan lines it names, and rungs at the first grant for the funders' portfolios),
    /// then the item in its inbox; each piece of feedback and each acknowledgement of a grant's report likewise
    /// (<see cref="FunderNotices.GrantNotesOwed"/>, <see cref="FunderNotices.FeedbackNotesOwed"/>, <see cref="FunderNotices.AcknowledgementsOwed"/>). Through the outbox, once safely recorded, and again at activation
    /// only for changes after the delivered mark. The charity keeps each grant, piece of feedback and item once.
    /// </summary>
    protected override IEnumerable<Notice> NoticesOwedBy(IReadOnlyList<FunderEvent> events) =>
    [
        .. PeopleNotices(events), .. GrantNotes(FunderNotices.GrantNotesOwed(State, events)), .. FeedbackNotes(FunderNotices.FeedbackNotesOwed(State, events)),
        .. AcknowledgementNotes(FunderNotices.AcknowledgementsOwed(State, events)),
        .. ImportStartsOwed(events),
        .. PersonNotices.ToNotices(NotificationFanOut.FromFunder(State, events, State.LastRecordedAt ?? Clock.UtcNow)),
    ];

    /// <summary>
    /// Awaits the first attempt to note <paramref name="grants"/> with their charities (a change the charity makes next is
    /// then not at the first grant), posting the notes again when they are not pending (a retry of the request that
    /// recorded them). Its failure never fails the grant: a note is sent again until the charity confirms (it keeps each
    /// grant's note once). A charity not on the portal, or a refusal, loses only the note.
    /// </summary>
    private Task NoteWithCharitiesAsync(IEnumerable<Grant> grants) => Outbox.PostAsync(GrantNotes(FunderNotices.GrantNotes(grants)));

    /// <summary>A grant's note never changes, so every note of one grant has the same version: one pending is never replaced by its double.</summary>
    private IEnumerable<Notice> GrantNotes(IEnumerable<Grant> grants) =>
        grants.Select(g => new Notice($"grant-note/{g.Id}", 1, async grains =>
        {
            var charity = grains.GetGrain<ICharityGrain>(g.CharityOrgId);
            await charity.NoteFunderGrantAsync(FunderNotices.GrantNotice(Us, g));
            await charity.ReceiveInboxItemAsync(FunderNotices.GrantItem(Us, g));
        }));

    /// <summary>
    /// Awaits the first attempt to tell each piece of feedback's charity, as grants are told: the feedback for the
    /// conversation, then the item in its inbox; retried until the charity confirms.
    /// </summary>
    private Task TellCharitiesOfFeedbackAsync(IEnumerable<FeedbackItem> feedback) => Outbox.PostAsync(FeedbackNotes(FunderNotices.FeedbackNotes(feedback)));

    /// <summary>
    /// Awaits the first attempt to put each acknowledgement in its grant's charity's inbox, as feedback is told; retried
    /// until the charity confirms (it keeps each item once).
    /// </summary>
    private Task TellCharitiesOfAcknowledgementsAsync(IEnumerable<(Grant, ReportAcknowledgement)> acknowledgements) =>
        Outbox.PostAsync(AcknowledgementNotes(acknowledgements));

    /// <summary>An acknowledgement never changes, so its notices share one version.</summary>
    private IEnumerable<Notice> AcknowledgementNotes(IEnumerable<(Grant Grant, ReportAcknowledgement Acknowledgement)> acknowledgements) =>
        acknowledgements.Select(x => new Notice($"report-acknowledged/{x.Acknowledgement.Id}", 1, grains =>
            grains.GetGrain<ICharityGrain>(x.Grant.CharityOrgId).ReceiveInboxItemAsync(FunderNotices.AcknowledgementItem(Us, x.Grant, x.Acknowledgement))));

    /// <summary>Feedback never changes once given, so all its notices share one version (replies travel the other way).</summary>
    private IEnumerable<Notice> FeedbackNotes(IEnumerable<FeedbackItem> feedback) =>
        feedback.Select(f => new Notice($"feedback/{f.Id}", 1, async grains =>
        {
            var charity = grains.GetGrain<ICharityGrain>(f.CharityOrgId);
            await charity.ReceiveFeedbackAsync(FunderNotices.FeedbackNotice(Us, f));
            await charity.ReceiveInboxItemAsync(FunderNotices.FeedbackItem(Us, f));
        }));
}
