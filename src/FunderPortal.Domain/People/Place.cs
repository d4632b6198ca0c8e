namespace FunderPortal.People;

public enum PlaceKind
{
    Charity,
    Funder,
    Round,
}

/// <summary>Somewhere a person belongs: a charity or funder they are a member of, a round they are a panellist on.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Place")]
public sealed record Place(
    [property: Id(0)] PlaceKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Name);
