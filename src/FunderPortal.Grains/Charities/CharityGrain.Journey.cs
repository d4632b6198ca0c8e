using FunderPortal.Common;
using FunderPortal.PersonalData;
using FunderPortal.Rounds;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    /// <summary>The map now, made once per version (views are immutable: handed out as they are, never copied).</summary>
    private JourneyView? _journeyNow;

    public async Task<JourneyView> GetJourneyAsync(DateTimeOffset? asOf, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, asOf is null ? "journey" : $"journey?asOf={asOf:O}");
        return asOf is null ? JourneyNow() : await JourneyAtAsync(asOf.Value);
    }

    /// <summary>
    /// The map now is the map as of its newest change (<c>asOf</c> that change's instant), so one version is one view:
    /// the same bytes, the same ETag.
    /// </summary>
    private JourneyView JourneyNow()
    {
        if (!State.IsRegistered)
            throw new NotFoundException("The charity is not registered.");
        if (_journeyNow?.Version != State.Version)
            _journeyNow = State.ToJourney(State.LastRecordedAt ?? Clock.UtcNow, State.Verification is not null);
        return _journeyNow;
    }

    private async Task<JourneyView> JourneyAtAsync(DateTimeOffset instant)
    {
        var state = await StateAtAsync(instant);
        if (!state.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {instant:O}.");
        return state.ToJourney(instant, State.Verification is not null);
    }

    public async Task<JourneyView> GetJourneyForRoundAsync(string roundId, DateTimeOffset? asOf, string subject)
    {
        // The round decides (its panellist, while the panel judges, not conflicted, an application linking this map);
        // anyone else reads as they always may.
        var panel = RoundIds.IsValid(roundId) && State.RoleOf(subject) is null
            ? await GrainFactory.GetGrain<IGrantRoundGrain>(roundId).AuthorisePanelJourneyReadAsync(OrgId, subject)
            : null;
        if (panel is null)
            return await GetJourneyAsync(asOf, subject);
        await AccessLog.LogAsync(new PanelReadLogged(panel.RoundId, panel.ApplicationId, panel.FunderOrgId, subject,
            $"The journey map{(asOf is null ? "" : $" as it was at {asOf:O}")}, read by {panel.Pseudonym} on the panel of the round “{panel.RoundTitle}” ({panel.RoundId})"),
            subject);
        return asOf is null ? JourneyNow() : await JourneyAtAsync(asOf.Value);
    }

    public async Task<ProgressView> GetProgressAsync(DateTimeOffset since, DateTimeOffset until, string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Journey, "journey/progress");
        if (since > until)
            throw DomainValidationException.For("from", "Must not be after 'to'.");
        var atEnd = await StateAtAsync(until);
        if (!atEnd.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {until:O}.");
        var progress = JourneyProgress.Between(await StateAtAsync(since), atEnd, since, until);
        return reader.Share is { } share ? JourneyProgress.ForFunder(progress, State, share, Today) : progress;
    }

    public async Task<HistoryPage> GetHistoryAsync(long afterVersion, int limit, string subject)
    {
        RequireMember(subject);
        var events = await History.ReadAsync(afterVersion, limit);
        var opener = await personal.OpenerAsync(History.StreamId, events.SelectMany(e => PersonalTextOpener.SealedValuesIn(e.Data)));
        var entries = events.Select(e => new HistoryEntry(e.Version, e.Type, e.RecordedAt, e.Actor, opener.OpenJson(e.Data))).ToList();
        long? next = entries.Count == limit && entries[^1].Version < State.Version ? entries[^1].Version : null;
        return new HistoryPage(entries, next);
    }
}
