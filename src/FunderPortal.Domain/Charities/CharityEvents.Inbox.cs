using System.Text.Json.Serialization;

namespace FunderPortal.Charities;

// The inbox's events: a storage format, so rename nothing (see CharityEvents.cs). Who read what is kept apart, in the
// charity's inbox-reads stream (InboxReads.cs): reading changes nothing about the charity.

[JsonDerivedType(typeof(InboxItemReceived), "InboxItemReceived")]
public abstract partial record CharityEvent;

/// <summary>
/// Something a funder did towards the charity, for its members to see and act on. <see cref="Title"/> in English;
/// <see cref="TitlePhrase"/> (none in an item from before issue 21) the same words for a reader in Welsh.
/// </summary>
public sealed record InboxItemReceived(
    string ItemId,
    InboxItemKind Kind,
    string FunderOrgId,
    string FunderName,
    string Title,
    string Link,
    string SourceId,
    FunderPortal.Notifications.Phrase? TitlePhrase = null) : CharityEvent;
