using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;

namespace FunderPortal.Rounds;

/// <summary>The round's public face: its page and its place in the public index, and what a panellist may read of an applicant.</summary>
public sealed partial class GrantRoundGrain
{
    public async Task<RoundView> PublishAsync(bool? published, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderEditor(State, caller);
        await AppendAsync(RoundDecisions.Publish(State, published), subject);
        await _outbox.PostAsync(PublicIndexNotices()); // the index follows before the answer; retried until it holds
        return State.ToView(caller.Role, caller.Panellist?.Id);
    }

    public async Task<PublicRoundView> GetPublicAsync()
    {
        if (!State.Exists || !State.Published)
            throw new NotFoundException("No such round, or it is not published.");
        var programme = State.Current.ProgrammeId is { } programmeId ? await Funder.GetPublicProgrammeAsync(programmeId) : null;
        return State.ToPublicView(await FunderRefAsync(), programme);
    }

    public Task<PanelJourneyRead?> AuthorisePanelJourneyReadAsync(string charityOrgId, string subject)
    {
        var application = RoundAccess.PanelJourneyRead(State, subject, charityOrgId);
        return Task.FromResult(application is null ? null
            : new PanelJourneyRead(RoundId, application.Id, State.FunderOrgId, State.Current.Title, State.FindPanellistBySubject(subject)!.Pseudonym));
    }

    /// <summary>
    /// The public index's word on this round, once it was ever published: its listing, or that it is taken down. Made at
    /// sending time from the state then, so a late send carries the newest word; the index keeps the highest version.
    /// </summary>
    private IEnumerable<Notice> PublicIndexNotices() => State.EverPublished
        ? [new Notice("public/index", State.Version, TellPublicIndexAsync)]
        : [];

    private async Task TellPublicIndexAsync(IGrainFactory grains)
    {
        var index = grains.GetGrain<IPublicRoundsGrain>(IPublicRoundsGrain.Key);
        if (!State.Published)
        {
            await index.UnlistAsync(RoundId, State.Version);
            return;
        }
        var funder = await FunderRefAsync();
        await index.ListAsync(State.ToPublicListing(funder), State.Version);
    }

    /// <summary>The funder by its public name (its org-id while it has none).</summary>
    private async Task<FunderRef> FunderRefAsync() => new(State.FunderOrgId, await Funder.GetPublicNameAsync() ?? State.FunderOrgId);
}
