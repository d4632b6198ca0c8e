using System.Text.Json.Serialization;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(FeedbackGiven), "FeedbackGiven")]
[JsonDerivedType(typeof(FeedbackReplyReceived), "FeedbackReplyReceived")]
public abstract partial record FunderEvent;

public sealed record FeedbackGiven(string FeedbackId, string CharityOrgId, FeedbackKind Kind, string Text, string GivenBy) : FunderEvent;

/// <summary>The charity replied (told by the charity's grain): kept as the charity keeps it, with its time.</summary>
public sealed record FeedbackReplyReceived(string FeedbackId, string ReplyId, string Text, string By, DateTimeOffset At) : FunderEvent;
