using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;

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
        await History.AppendAsync(events, actor);
        TellOthers(events);
    }

    /// <summary>Portfolio events are recorded as written by the charity that pushed them.</summary>
    private Task AppendPushAsync(IReadOnlyList<PortfolioEvent> events, string charityOrgId) =>
        PortfolioStream.AppendAsync(events, StreamIds.Charity(charityOrgId));

    /// <summary>A portfolio read is one entry for the funder, however many charities it shows.</summary>
    private Task LogReadAsync(string subject, string what) => AccessLog.LogAsync(new PortfolioReadLogged(subject, what), subject);

    /// <summary>
    /// Besides members' indexes, each grant these events recorded is noted with its charity, when it is on the portal, so
    /// its funders' portfolios can show rungs at the first grant (<see cref="FunderNotices.GrantNotesOwed"/>): through the
    /// outbox, once the grants are safely recorded, and again at activation only for grants after the delivered mark.
    /// </summary>
    protected override IEnumerable<Notice> NoticesOwedBy(IReadOnlyList<FunderEvent> events) =>
        [.. PeopleNotices(events), .. GrantNotes(FunderNotices.GrantNotesOwed(State, events))];

    /// <summary>
    /// Awaits the first attempt to note <paramref name="grants"/> with their charities (a change the charity makes next is
    /// then not at the first grant), posting the notes again when they are not pending (a retry of the request that
    /// recorded them). Its failure never fails the grant: a note is sent again until the charity confirms (it keeps each
    /// grant's note once). A charity not on the portal, or a refusal, loses only the note.
    /// </summary>
    private Task NoteWithCharitiesAsync(IEnumerable<Grant> grants) => Outbox.PostAsync(GrantNotes(FunderNotices.GrantNotes(grants)));

    /// <summary>A grant's note never changes, so every note of one grant has the same version: one pending is never replaced by its double.</summary>
    private IEnumerable<Notice> GrantNotes(IEnumerable<Grant> grants) =>
        grants.Select(g => new Notice($"grant-note/{g.Id}", 1,
            grains => grains.GetGrain<ICharityGrain>(g.CharityOrgId).NoteFunderGrantAsync(OrgId, g.Id, g.PlannedStart)));
}
