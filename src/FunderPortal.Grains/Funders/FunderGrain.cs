using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Organisations;
using FunderPortal.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Funders;

/// <summary>
/// One funder. Thin over the domain: check access, let <see cref="FunderDecisions"/> and <see cref="PortfolioDecisions"/>
/// decide the events, append them through the pipeline (<c>FunderGrain.Pipeline.cs</c>: acknowledged only once committed,
/// then members and charities told), answer with a view. Two streams: the funder's own history, and the portfolio that
/// charities push to. Profile, members and verification are every organisation's
/// (<see cref="OrganisationGrain{TState, TEvent, TProfile, TRegister, TChange}"/>); each feature of its own is in
/// <c>FunderGrain.&lt;Feature&gt;.cs</c>, beside <c>IFunderGrain.&lt;Feature&gt;.cs</c>.
/// </summary>
public sealed partial class FunderGrain(IEventStore store, IClock clock, ILogger<FunderGrain> logger)
    : OrganisationGrain<FunderState, FunderEvent, FunderProfile, RegisterFunder, ChangeFunderProfile>(Funder, store, clock, logger), IFunderGrain
{
    private static readonly Definition Funder = new(StreamIds.Funder, StreamIds.FunderAccess, FunderState.SnapshotSchema, PlaceKind.Funder,
        FunderDecisions.Register, FunderDecisions.ChangeProfile, FunderViewsMapping.ToProfile);

    private EventSourcedState<PortfolioState, PortfolioEvent>? _portfolio;

    /// <summary>The summaries charities push (<c>funder-portfolio/{orgId}</c>), apart from the funder's own history.</summary>
    private EventSourcedState<PortfolioState, PortfolioEvent> PortfolioStream =>
        _portfolio ?? throw new InvalidOperationException("The grain is not activated yet.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _portfolio = new EventSourcedState<PortfolioState, PortfolioEvent>(
            StreamIds.FunderPortfolio(OrgId), PortfolioState.SnapshotSchema, Store, Clock, Logger);
        await Task.WhenAll(base.OnActivateAsync(cancellationToken), _portfolio.LoadAsync(cancellationToken));
        await PostOwedNoticesAsync(cancellationToken);
        if (State.IsRegistered)
            DueDates.EnsureSoon();
        _localReads = ServiceProvider.GetService<LocalReads>();
        PublishMembers();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _localReads?.WithdrawFunderMembers(OrgId);
        await base.OnDeactivateAsync(reason, cancellationToken);
    }
}
