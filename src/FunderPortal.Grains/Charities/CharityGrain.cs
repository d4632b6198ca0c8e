using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Organisations;
using FunderPortal.People;
using FunderPortal.PersonalData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

/// <summary>
/// One charity. Thin over the domain: check access, let <see cref="CharityDecisions"/> decide the events, append them
/// through the pipeline (<c>CharityGrain.Pipeline.cs</c>: acknowledged only once committed, then funders and members
/// told), answer with a view of the new state. Profile, members and verification are every organisation's
/// (<see cref="OrganisationGrain{TState, TEvent, TProfile, TRegister, TChange}"/>); each feature of its own is in
/// <c>CharityGrain.&lt;Feature&gt;.cs</c>, beside <c>ICharityGrain.&lt;Feature&gt;.cs</c>.
/// </summary>
public sealed partial class CharityGrain(IEventStore store, IClock clock, PersonalDataProtector personal, ILogger<CharityGrain> logger)
    : OrganisationGrain<CharityState, CharityEvent, CharityProfile, RegisterCharity, ChangeCharityProfile>(Charity, store, clock, logger), ICharityGrain
{
    private static readonly Definition Charity = new(StreamIds.Charity, StreamIds.CharityAccess, CharityState.SnapshotSchema, PlaceKind.Charity,
        CharityDecisions.Register, CharityDecisions.ChangeProfile, CharityViewsMapping.ToProfile);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        await PostOwedNoticesAsync(cancellationToken);
        EnsureDueReminder();
        _localReads = ServiceProvider.GetService<LocalReads>();
        PublishJourney();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _localReads?.WithdrawCharity(OrgId);
        await base.OnDeactivateAsync(reason, cancellationToken);
    }
}
