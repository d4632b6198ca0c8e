using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Funders;
using FunderPortal.Notifications;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

/// <summary>
/// The charity's pipeline, all of it here. Every write passes through <see cref="AppendAsync"/>: personal text sealed,
/// appended (acknowledged only once committed), then each sharing funder's portfolio brought up to date and members'
/// indexes told through the outbox (sent until confirmed, without waiting). Every read open to funders passes through <see cref="ReaderAsync"/>, the read gate that
/// logs a funder's read. <see cref="StateAtAsync"/> answers "as it was then".
/// </summary>
public sealed partial class CharityGrain
{
    protected override async Task AppendAsync(IReadOnlyList<CharityEvent> events, string actor)
    {
        events = await CharityPersonalData.SealAsync(events, State, OrgId, History.StreamId, personal);
        try
        {
            await History.AppendAsync(events, actor);
        }
        catch
        {
            _localReads?.WithdrawCharity(OrgId); // the state may have been reloaded: members' reads ask the grain until it publishes again
            throw;
        }
        PublishJourney();
        TellOthers(events);
        KeepDueDates(events);
    }

    /// <summary>Where this silo keeps the journey now, its members and their page stamps (<see cref="LocalReads"/>), when the host has one.</summary>
    private LocalReads? _localReads;

    /// <summary>
    /// Publishes the journey now and who may read it as a member; with the inbox's read marks loaded (the first page
    /// stamp asked loads them), each member's page stamp too.
    /// </summary>
    private void PublishJourney()
    {
        if (_localReads is null || !State.IsRegistered)
            return;
        var stamps = _inboxReads is { } reads
            ? State.Members.Select(m => KeyValuePair.Create(m.Key,
                new CharityPageStamp(State.Version, YourCharityAccess.Member(m.Value), InboxRules.UnreadCount(State, reads.State, m.Key))))
            : null;
        _localReads.PublishCharity(JourneyNow(), State.Members.Keys, stamps);
    }

    /// <summary>
    /// Who may read <paramref name="scope"/> (any live share when null): a member, or a member of a funder this
    /// charity shares it with, whose read is then logged. Anyone else is told the charity is not found.
    /// </summary>
    private async Task<CharityReader> ReaderAsync(string subject, ShareScope? scope, string what)
    {
        if (State.RoleOf(subject) is { } role)
            return CharityReader.Member(role);
        foreach (var share in CharityAccess.SharesCovering(State, scope, Clock.UtcNow))
        {
            if (await FunderRoleAsync(share.FunderOrgId, subject) is not null)
            {
                await AccessLog.LogAsync(new FunderReadLogged(share.Id, share.FunderOrgId, subject, what), subject);
                return CharityReader.Funder(share);
            }
        }
        throw CharityAccess.NotFound();
    }

    /// <summary>
    /// "Is this person one of your members?", answered by what the funder's grain published in this silo when it is active
    /// here (<see cref="LocalReads"/>), else by the funder's grain.
    /// </summary>
    private async Task<MemberRole?> FunderRoleAsync(string funderOrgId, string subject) =>
        _localReads is not null && _localReads.TryFunderRole(funderOrgId, subject, out var role)
            ? role
            : await GrainReferences.Get<IFunderGrain>(GrainFactory, funderOrgId).GetMemberRoleAsync(subject);

    /// <summary>
    /// Besides members' indexes, each sharing funder's notice (<see cref="CharityNotices.ToFunders"/>): the summary while a
    /// share is live, a removal once they have all ended. Sent without waiting, so a charity never waits on a funder (which
    /// may be calling it: no deadlock), and retried until the funder confirms; the funder ignores a notice older than what it holds.
    /// </summary>
    protected override IEnumerable<Notice> NoticesOwedBy(IReadOnlyList<CharityEvent> events) =>
        [.. PeopleNotices(events), .. PortfolioNotices(CharityNotices.ToFunders(State, events, Clock.UtcNow)), .. ReplyNotices(events), .. Notifications(events),
            .. AreaNotes(events)];

    /// <summary>At activation: what the changes after the mark owe, and removals for shares that expired since its instant.</summary>
    protected override IEnumerable<Notice> NoticesOwedSince(IReadOnlyList<CharityEvent> events, DateTimeOffset? markAt) =>
        [.. PeopleNotices(events), .. PortfolioNotices(CharityNotices.ToFundersSince(State, events, markAt, Clock.UtcNow)), .. ReplyNotices(events),
            .. Notifications(events), .. DueSince(markAt), .. AreaNotes(events)];

    /// <summary>
    /// The charity's area codes to each funder that granted it (<see cref="AreaNotices.ToFunders"/>), for the
    /// beneficiary locations of its grants in that funder's 360Giving data; the funder keeps the newest by version.
    /// </summary>
    private IEnumerable<Notice> AreaNotes(IReadOnlyList<CharityEvent> events) =>
        AreaNotices.ToFunders(State, events).Select(n => new Notice($"areas/{n.FunderOrgId}", n.Version,
            grains => grains.GetGrain<IFunderGrain>(n.FunderOrgId).NoteRecipientAreasAsync(State.OrgId, n.Version, n.AreaCodes)));

    /// <summary>
    /// What these events tell people: members each to their notification centre (<see cref="NotificationFanOut.FromCharity"/>),
    /// funders' members through their funder's grain (<see cref="NotificationFanOut.FromCharityToFunders"/>).
    /// </summary>
    private IEnumerable<Notice> Notifications(IReadOnlyList<CharityEvent> events)
    {
        var at = State.LastRecordedAt ?? Clock.UtcNow;
        return [.. PersonNotices.ToNotices(NotificationFanOut.FromCharity(State, events, at)),
            .. PersonNotices.ToNotices(NotificationFanOut.FromCharityToFunders(State, events, at))];
    }

    private IEnumerable<Notice> PortfolioNotices(IEnumerable<PortfolioNotice> notices) =>
        notices.Select(n => new Notice($"portfolio/{n.FunderOrgId}", n.Version,
            n.Summary is { } summary
                ? grains => grains.GetGrain<IFunderGrain>(n.FunderOrgId).UpsertPortfolioEntryAsync(summary)
                : grains => grains.GetGrain<IFunderGrain>(n.FunderOrgId).RemovePortfolioEntryAsync(State.OrgId, n.Version)));

    /// <summary>
    /// Each reply to a funder's feedback these events made (<see cref="Charities.ReplyNotices.ToFunders"/>), told to that
    /// funder, which keeps each once; a funder that says the feedback is not theirs ends it. A reply never changes, so all
    /// its notices share one version.
    /// </summary>
    private IEnumerable<Notice> ReplyNotices(IReadOnlyList<CharityEvent> events) =>
        Charities.ReplyNotices.ToFunders(State, events).Select(n => new Notice($"feedback-reply/{n.FunderOrgId}/{n.FeedbackId}/{n.Reply.Id}", 1,
            grains => grains.GetGrain<IFunderGrain>(n.FunderOrgId).ReceiveFeedbackReplyAsync(State.OrgId, n.FeedbackId, n.Reply)));

    /// <summary>The live state for now or later; otherwise a fold up to the instant that leaves the live state alone.</summary>
    private async Task<CharityState> StateAtAsync(DateTimeOffset instant) =>
        instant >= (State.LastRecordedAt ?? DateTimeOffset.MaxValue) ? State : await History.StateAsOfAsync(instant);
}
