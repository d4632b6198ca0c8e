using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(CharityRegistered), "CharityRegistered")]
[JsonDerivedType(typeof(CharityProfileChanged), "CharityProfileChanged")]
public abstract partial record CharityEvent;

public sealed record CharityRegistered(
    string OrgId,
    string Name,
    SizeBand? SizeBand,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Causes,
    string? CoProductionMeaning) : CharityEvent;

/// <summary>Only the fields that changed are set. <see cref="AreaCodes"/>: ONS GSS codes of where the charity works.</summary>
public sealed record CharityProfileChanged(
    string? Name,
    SizeBand? SizeBand,
    IReadOnlyList<string>? Areas,
    IReadOnlyList<string>? Causes,
    string? CoProductionMeaning,
    int? CheckInIntervalDays = null,
    IReadOnlyList<string>? AreaCodes = null) : CharityEvent, IProfileChanged;
