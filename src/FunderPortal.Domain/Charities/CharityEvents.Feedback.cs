using System.Text.Json.Serialization;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

// Feedback from funders and the charity's replies: a storage format, so rename nothing (see CharityEvents.cs).

[JsonDerivedType(typeof(FeedbackReceived), "FeedbackReceived")]
[JsonDerivedType(typeof(FeedbackReplied), "FeedbackReplied")]
public abstract partial record CharityEvent;

/// <summary>A funder gave the charity feedback or offered support (told by the funder's grain).</summary>
public sealed record FeedbackReceived(
    string FunderOrgId,
    string FunderName,
    string FeedbackId,
    FeedbackKind Kind,
    string Text,
    DateTimeOffset GivenAt) : CharityEvent;

/// <summary>A member (<paramref name="By"/>) replied to a funder's feedback; the funder is told.</summary>
public sealed record FeedbackReplied(string FunderOrgId, string FeedbackId, string ReplyId, string Text, string By) : CharityEvent;
