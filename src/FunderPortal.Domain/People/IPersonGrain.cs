namespace FunderPortal.People;

/// <summary>
/// One per signed-in person (keyed by subject): an index of the charities, funders and rounds they belong to, so the
/// portal's home page can list them. Each organisation tells it after a membership change; it is a guide, not the
/// authority — readers check each place with its own grain before showing it.
/// </summary>
[Alias("FunderPortal.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    [Alias("Joined")]
    Task JoinedAsync(Place place);

    [Alias("Left")]
    Task LeftAsync(PlaceKind kind, string id);

    [Alias("GetPlaces")]
    Task<IReadOnlyList<Place>> GetPlacesAsync();
}
