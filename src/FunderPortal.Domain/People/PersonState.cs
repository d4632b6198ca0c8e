using FunderPortal.Common;

namespace FunderPortal.People;

/// <summary>The places one person belongs to, as their organisations and rounds last told.</summary>
public sealed class PersonState : IAggregateState<PersonEvent>
{
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public List<Place> Places { get; set; } = [];

    public void Apply(PersonEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case PlaceJoined e:
                Places.RemoveAll(p => p.Kind == e.Kind && p.Id == e.Id);
                Places.Add(new Place(e.Kind, e.Id, e.Name));
                break;
            case PlaceLeft e:
                Places.RemoveAll(p => p.Kind == e.Kind && p.Id == e.Id);
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    /// <summary>What to record so the index says <paramref name="place"/>: nothing when it already does.</summary>
    public IReadOnlyList<PersonEvent> Join(Place place) =>
        Places.Contains(place) ? [] : [new PlaceJoined(place.Kind, place.Id, place.Name)];

    public IReadOnlyList<PersonEvent> Leave(PlaceKind kind, string id) =>
        Places.Exists(p => p.Kind == kind && p.Id == id) ? [new PlaceLeft(kind, id)] : [];
}
