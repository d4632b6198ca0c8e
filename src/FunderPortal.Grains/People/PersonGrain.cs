using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging;

namespace FunderPortal.People;

/// <summary>The index of one person's places, kept in its own stream (<c>person/{subject}</c>).</summary>
public sealed class PersonGrain(IEventStore store, IClock clock, ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    private EventSourcedState<PersonState, PersonEvent> _stream = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<PersonState, PersonEvent>(
            StreamIds.Person(this.GetPrimaryKeyString()), PersonState.SnapshotSchema, store, clock, logger);
        return _stream.LoadAsync(cancellationToken);
    }

    public Task JoinedAsync(Place place) => _stream.AppendAsync(_stream.State.Join(place), place.Id);

    public Task LeftAsync(PlaceKind kind, string id) => _stream.AppendAsync(_stream.State.Leave(kind, id), id);

    public Task<IReadOnlyList<Place>> GetPlacesAsync() =>
        Task.FromResult<IReadOnlyList<Place>>([.. _stream.State.Places.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)]);
}
