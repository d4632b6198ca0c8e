using FunderPortal.Common;
using FunderPortal.Funders;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

/// <summary>
/// The charity's pipeline, all of it here. Every write passes through <see cref="AppendAsync"/>: personal text sealed,
/// appended (acknowledged only once committed), then each sharing funder's portfolio brought up to date and members'
/// indexes told, without waiting. Every read open to funders passes through <see cref="ReaderAsync"/>, the read gate that
/// logs a funder's read. <see cref="StateAtAsync"/> answers "as it was then".
/// </summary>
public sealed partial class CharityGrain
{
    protected override async Task AppendAsync(IReadOnlyList<CharityEvent> events, string actor)
    {
        events = await CharityPersonalData.SealAsync(events, State, OrgId, History.StreamId, personal);
        await History.AppendAsync(events, actor);
        if (events.Count > 0)
        {
            PushSummaries(includeEnded: false);
            TellPeople(events);
        }
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
            if (await GrainFactory.GetGrain<IFunderGrain>(share.FunderOrgId).GetMemberRoleAsync(subject) is not null)
            {
                await AccessLog.LogAsync(new FunderReadLogged(share.Id, share.FunderOrgId, subject, what), subject);
                return CharityReader.Funder(share);
            }
        }
        throw CharityAccess.NotFound();
    }

    /// <summary>
    /// Sends the charity's summary to each funder it shares with; on activation also tells funders whose share
    /// ended to drop it, so a crash between a change and its push heals itself.
    /// </summary>
    private void PushSummaries(bool includeEnded)
    {
        var now = Clock.UtcNow;
        foreach (var funder in State.Shares.GroupBy(s => s.FunderOrgId))
        {
            if (funder.FirstOrDefault(s => s.IsLiveAt(now)) is { } live)
                GrainFactory.GetGrain<IFunderGrain>(funder.Key).UpsertPortfolioEntryAsync(PortfolioSummary.For(State, live, now)).Forget(PushFailed);
            else if (includeEnded)
                TellShareEnded(funder.Key);
        }
    }

    /// <summary>The funder drops the charity from its portfolio (it ignores a notice older than what it holds).</summary>
    private void TellShareEnded(string funderOrgId) =>
        GrainFactory.GetGrain<IFunderGrain>(funderOrgId).RemovePortfolioEntryAsync(State.OrgId, State.Version).Forget(PushFailed);

    /// <summary>
    /// Pushes are not awaited, so a charity never waits on a funder (which may be calling it: no deadlock), and a failed
    /// push is only logged: the next change or activation sends the summary again.
    /// </summary>
    private void PushFailed(Exception failure) =>
        Logger.LogWarning(failure, "A portfolio push from {OrgId} failed; the next change will send it again", State.OrgId);

    /// <summary>The live state for now or later; otherwise a fold up to the instant that leaves the live state alone.</summary>
    private async Task<CharityState> StateAtAsync(DateTimeOffset instant) =>
        instant >= (State.LastRecordedAt ?? DateTimeOffset.MaxValue) ? State : await History.StateAsOfAsync(instant);
}
