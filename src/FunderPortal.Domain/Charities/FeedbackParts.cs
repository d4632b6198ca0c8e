using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

// Feedback and offers of support as the charity receives them: a conversation between that funder and this charity
// (replies go back to the funder). Immutable values, folded into state (and snapshotted as JSON) and returned as they are.

/// <summary>What a funder's grain tells the charity when it gives feedback or offers support.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FeedbackNotice")]
public sealed record FeedbackNotice(
    [property: Id(0)] FunderRef From,
    [property: Id(1)] string FeedbackId,
    [property: Id(2)] FeedbackKind Kind,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset GivenAt);

/// <summary>One funder's feedback or offer of support, with the charity's replies; <see cref="Position"/> is its place in arrival order.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FeedbackFromFunder")]
public sealed record FeedbackFromFunder(
    [property: Id(0)] FunderRef From,
    [property: Id(1)] string FeedbackId,
    [property: Id(2)] FeedbackKind Kind,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset GivenAt,
    [property: Id(5)] long Position,
    [property: Id(6)] IReadOnlyList<FeedbackReply> Replies);

/// <summary>A page of feedback, newest first.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FeedbackPage")]
public sealed record FeedbackPage(
    [property: Id(0)] IReadOnlyList<FeedbackFromFunder> Items,
    [property: Id(1)] long? Next);

/// <summary>A reply to one funder's feedback, as the charity's pipeline tells that funder.</summary>
public sealed record ReplyNotice(string FunderOrgId, string FeedbackId, FeedbackReply Reply);

public static class FeedbackLimits
{
    public const int RepliesPerFeedback = 100;
    public const int Text = Limits.LongText;
}
