using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;

namespace FunderPortal.Funders;

/// <summary>
/// The funder's pipeline, all of it here. Its history has one append path, <see cref="AppendAsync"/>: appended
/// (acknowledged only once committed), then members' indexes told without waiting. Charities' pushes go to the portfolio
/// stream through <see cref="AppendPushAsync"/>; portfolio reads are logged by <see cref="LogReadAsync"/>; a charity
/// hears of its grants through <see cref="NoteWithCharityAsync"/>.
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
    /// Tells the charity, when it is on the portal, so its funders' portfolios can show rungs at the first grant. Awaited
    /// (a change the charity makes next is not at the first grant) but best effort, once the grant is safely recorded: a
    /// charity not on the portal, or a refusal, loses only that.
    /// </summary>
    private async Task NoteWithCharityAsync(Grant grant)
    {
        try
        {
            await GrainFactory.GetGrain<ICharityGrain>(grant.CharityOrgId).NoteFunderGrantAsync(State.OrgId, grant.Id, grant.PlannedStart);
        }
        catch (PortalException)
        {
            // Not registered on the portal, or refused: the grant itself stands.
        }
    }
}
