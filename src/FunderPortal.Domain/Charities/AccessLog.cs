using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// Every read of a charity by a funder's member is logged in a stream of its own (charity-access/{orgId}), so
// the charity's history and versions stay about the charity. A funder's portfolio reads are logged once each, in the
// funder's own access stream (funder-access/{orgId}), not once per charity.

[JsonDerivedType(typeof(FunderReadLogged), "FunderReadLogged")]
[JsonDerivedType(typeof(PortfolioReadLogged), "PortfolioReadLogged")]
[JsonDerivedType(typeof(PanelReadLogged), "PanelReadLogged")]
public abstract record AccessLogEvent;

public sealed record FunderReadLogged(string ShareId, string FunderOrgId, string Subject, string What) : AccessLogEvent;

public sealed record PortfolioReadLogged(string Subject, string What) : AccessLogEvent;

/// <summary>A panellist of a round (of <see cref="FunderOrgId"/>) read what the charity's application to it links.</summary>
public sealed record PanelReadLogged(string RoundId, string ApplicationId, string FunderOrgId, string Subject, string What) : AccessLogEvent;

/// <summary>Only the stream's position: the entries themselves are read back from the store when asked for.</summary>
public sealed class AccessLogState : IAggregateState<AccessLogEvent>
{
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }

    public void Apply(AccessLogEvent change, DateTimeOffset recordedAt)
    {
        Version++;
        LastRecordedAt = recordedAt;
    }
}

[GenerateSerializer, Immutable, Alias("FunderPortal.AccessLogEntry")]
public sealed record AccessLogEntry(
    [property: Id(0)] string FunderOrgId,
    [property: Id(1)] string Subject,
    [property: Id(2)] string What,
    [property: Id(3)] DateTimeOffset At);

/// <summary>What happened, in the audit: a change recorded in the charity's history, or a funder's read of what it shares.</summary>
public enum AuditAction
{
    Changed,
    Read,
}

/// <summary>
/// One audit entry: who (<see cref="Actor"/>), when, and what was touched — the change's event type (with its
/// <see cref="Version"/> in the history) or what a funder's member read (or a panellist of <see cref="RoundId"/>). Built from the stored streams; nothing alters it.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] AuditAction Action,
    [property: Id(3)] string What,
    [property: Id(4)] long? Version,
    [property: Id(5)] string? FunderOrgId,
    [property: Id(6)] string? RoundId = null);
