using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// The resourcing plan's events: a storage format, so rename nothing (see CharityEvents.cs).

[JsonDerivedType(typeof(ResourcingLinePlanned), "ResourcingLinePlanned")]
[JsonDerivedType(typeof(ResourcingLineChanged), "ResourcingLineChanged")]
[JsonDerivedType(typeof(ResourcingLineWithdrawn), "ResourcingLineWithdrawn")]
[JsonDerivedType(typeof(LineFundingRecorded), "LineFundingRecorded")]
[JsonDerivedType(typeof(LineFundingChanged), "LineFundingChanged")]
[JsonDerivedType(typeof(LineFundingRemoved), "LineFundingRemoved")]
[JsonDerivedType(typeof(PledgeOffered), "PledgeOffered")]
[JsonDerivedType(typeof(PledgeAccepted), "PledgeAccepted")]
[JsonDerivedType(typeof(PledgeDeclined), "PledgeDeclined")]
[JsonDerivedType(typeof(PledgeWithdrawn), "PledgeWithdrawn")]
public abstract partial record CharityEvent;

public sealed record ResourcingLinePlanned(string LineId, ResourcingLineTerms Terms) : CharityEvent;

/// <summary>The line's terms as they now are (every field).</summary>
public sealed record ResourcingLineChanged(string LineId, ResourcingLineTerms Terms) : CharityEvent;

/// <summary>The line leaves the plan; its open pledges can no longer be accepted.</summary>
public sealed record ResourcingLineWithdrawn(string LineId) : CharityEvent;

public sealed record LineFundingRecorded(
    string LineId,
    string FundingId,
    FundingKind Kind,
    long AmountPence,
    string? FunderName,
    string? FunderOrgId,
    string? Note) : CharityEvent;

/// <summary>The funding entry as it now is (every field), e.g. committed money that has been received.</summary>
public sealed record LineFundingChanged(
    string LineId,
    string FundingId,
    FundingKind Kind,
    long AmountPence,
    string? FunderName,
    string? FunderOrgId,
    string? Note) : CharityEvent;

public sealed record LineFundingRemoved(string LineId, string FundingId) : CharityEvent;

/// <summary>
/// A funder offers to fund part or all of a line; <paramref name="OfferedBy"/> is the person who offered it,
/// <paramref name="FunderName"/> the funder's name then (absent from offers recorded before names were kept).
/// </summary>
public sealed record PledgeOffered(
    string LineId,
    string PledgeId,
    string FunderOrgId,
    long AmountPence,
    string? Note,
    string OfferedBy,
    string? FunderName = null) : CharityEvent;

public sealed record PledgeAccepted(string LineId, string PledgeId) : CharityEvent;

public sealed record PledgeDeclined(string LineId, string PledgeId) : CharityEvent;

/// <summary>The funder took back an offer the charity had not accepted (nor declined).</summary>
public sealed record PledgeWithdrawn(string LineId, string PledgeId) : CharityEvent;
