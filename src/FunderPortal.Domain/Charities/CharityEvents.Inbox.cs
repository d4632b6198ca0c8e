using System.Text.Json.Serialization;

namespace FunderPortal.Charities;

// The inbox's events: a storage format, so rename nothing (see CharityEvents.cs). Who read what is kept apart, in the
// charity's inbox-reads stream (InboxReads.cs): reading changes nothing about the charity.

[JsonDerivedType(typeof(InboxItemReceived), "InboxItemReceived")]
public abstract partial record CharityEvent;

/// <summary>Something a funder did towards the charity, for its members to see and act on.</summary>
public sealed record InboxItemReceived(
    string ItemId,
    InboxItemKind Kind,
    string FunderOrgId,
    string FunderName,
    string Title,
    string Link,
    string SourceId) : CharityEvent;
