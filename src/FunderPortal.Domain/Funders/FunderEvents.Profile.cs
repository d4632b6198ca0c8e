using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(FunderRegistered), "FunderRegistered")]
[JsonDerivedType(typeof(FunderProfileChanged), "FunderProfileChanged")]
public abstract partial record FunderEvent;

public sealed record FunderRegistered(string OrgId, string Name, FunderType? FunderType, string? GrantIdPrefix) : FunderEvent;

/// <summary>Only the fields that changed are set; an empty <see cref="GrantIdPrefix"/> clears it.</summary>
public sealed record FunderProfileChanged(string? Name, FunderType? FunderType, string? GrantIdPrefix) : FunderEvent, IProfileChanged;
