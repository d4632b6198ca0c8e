using System.Text.Json.Serialization;

namespace FunderPortal.Charities;

// The rounds the charity applied to: a storage format, so rename nothing (see CharityEvents.cs).

[JsonDerivedType(typeof(RoundApplicationNoted), "RoundApplicationNoted")]
public abstract partial record CharityEvent;

/// <summary>A round the charity started an application to (drafted or submitted), noted once, for its list of applications.</summary>
public sealed record RoundApplicationNoted(string RoundId, string FunderOrgId, string RoundTitle) : CharityEvent;
