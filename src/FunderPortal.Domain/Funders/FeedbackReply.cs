namespace FunderPortal.Funders;

/// <summary>A charity member's reply to a funder's feedback or offer of support; the charity and the funder keep the same copy.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FeedbackReply")]
public sealed record FeedbackReply(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);
