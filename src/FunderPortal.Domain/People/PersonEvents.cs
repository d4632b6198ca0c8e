using System.Text.Json.Serialization;

namespace FunderPortal.People;

[JsonDerivedType(typeof(PlaceJoined), "PlaceJoined")]
[JsonDerivedType(typeof(PlaceLeft), "PlaceLeft")]
public abstract record PersonEvent;

/// <summary>Joined, or the place's name changed (the same event: the newest name wins).</summary>
public sealed record PlaceJoined(PlaceKind Kind, string Id, string Name) : PersonEvent;

public sealed record PlaceLeft(PlaceKind Kind, string Id) : PersonEvent;
