namespace FunderPortal.Common;

/// <summary>Where an activity is on the ladder now (<see cref="Current"/>) and where the charity aims to be.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.RungPair")]
public sealed record RungPair(
    [property: Id(0)] LadderRung? Current,
    [property: Id(1)] LadderRung? Target)
{
    public static readonly RungPair Unset = new(null, null);
}
