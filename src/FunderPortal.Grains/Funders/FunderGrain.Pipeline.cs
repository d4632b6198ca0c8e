using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;

namespace FunderPortal.Funders;

/// <summary>
/// The funder's pipeline, all of it here. Its history has one append path, <see cref="AppendAsync"/>: appended
/// (acknowledged only once committed), then members' indexes told without waiting. Charities' pushes go to the portfolio
/// stream through <see cref="AppendPushAsync"/>; portfolio reads are logged by <see cref="LogReadAsync"/>; a charity
/// hears of its grants through <see cref="NoteWithCharitiesAsync"/>.
/// </summary>
public sealed partial class FunderGrain
{
    protected override async Task AppendAsync(IReadOnlyList<FunderEvent> events, string actor)
    {
        await History.AppendAsync(events, actor);
        TellPeople(events);
    }

    /// <summary>Portfolio events are recorded as written by the charity that pushed them.</summary>
    private Task AppendPushAsync(IReadOnlyList<PortfolioEvent> events, string charityOrgId) =>
        PortfolioStream.AppendAsync(events, StreamIds.Charity(charityOrgId));

    /// <summary>A portfolio read is one entry for the funder, however many charities it shows.</summary>
    private Task LogReadAsync(string subject, string what) => AccessLog.LogAsync(new PortfolioReadLogged(subject, what), subject);

    /// <summary>
    /// Tells each grant's charity, when it is on the portal: the grant (its money committed to the plan lines it names, and
    /// rungs at the first grant for the funders' portfolios), then the item in its inbox. Through the outbox, once the grants
    /// are safely recorded. The first attempt is awaited (a change the charity makes next is not at the first grant), but
    /// its failure never fails the grant: the note is sent again until the charity confirms (it keeps each grant and each
    /// item once). A charity not on the portal, or a refusal, loses only the note.
    /// </summary>
    private Task NoteWithCharitiesAsync(IEnumerable<Grant> grants) => Outbox.PostAsync(GrantNotes(grants));

    private IEnumerable<Notice> GrantNotes(IEnumerable<Grant> grants) =>
        FunderNotices.GrantNotes(grants).Select(g => new Notice($"grant-note/{g.Id}", State.Version, async grains =>
        {
            var charity = grains.GetGrain<ICharityGrain>(g.CharityOrgId);
            await charity.NoteFunderGrantAsync(FunderNotices.GrantNotice(Us, g));
            await charity.ReceiveInboxItemAsync(FunderNotices.GrantItem(Us, g));
        }));

    /// <summary>
    /// Tells each piece of feedback's charity, as grants are told: the feedback for the conversation, then the item in its
    /// inbox (<see cref="Outbox.PostAsync"/>: the first attempt awaited, retried until the charity confirms).
    /// </summary>
    private Task TellCharitiesOfFeedbackAsync(IEnumerable<FeedbackItem> feedback) => Outbox.PostAsync(FeedbackNotes(feedback));

    private IEnumerable<Notice> FeedbackNotes(IEnumerable<FeedbackItem> feedback) =>
        FunderNotices.FeedbackNotes(feedback).Select(f => new Notice($"feedback/{f.Id}", State.Version, async grains =>
        {
            var charity = grains.GetGrain<ICharityGrain>(f.CharityOrgId);
            await charity.ReceiveFeedbackAsync(FunderNotices.FeedbackNotice(Us, f));
            await charity.ReceiveInboxItemAsync(FunderNotices.FeedbackItem(Us, f));
        }));

    /// <summary>At activation, besides members' indexes: every grant's note and every piece of feedback again (the charity ignores what it holds).</summary>
    protected override void PostOwedNotices()
    {
        base.PostOwedNotices();
        Outbox.Post(GrantNotes(State.Grants));
        Outbox.Post(FeedbackNotes(State.Feedback));
    }
}
