using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>Funders' feedback and offers of support, as a conversation: the charity's members read them, its editors reply.</summary>
public partial interface ICharityGrain
{
    /// <summary>Called by a funder's grain (through its outbox), never by people: keeps the feedback once.</summary>
    [Alias("ReceiveFeedback")]
    Task ReceiveFeedbackAsync(FeedbackNotice notice);

    /// <summary>Every funder's feedback and offers of support, newest first, with the replies (members only).</summary>
    [Alias("GetFeedbackFromFunders")]
    Task<FeedbackPage> GetFeedbackFromFundersAsync(long? after, int limit, string subject);

    /// <summary>One funder's feedback with its replies (members only).</summary>
    [Alias("GetFeedbackFromFunder")]
    Task<FeedbackFromFunder> GetFeedbackFromFunderAsync(string funderOrgId, string feedbackId, string subject);

    /// <summary>An editor replies; the funder is told (through the outbox, until it confirms).</summary>
    [Alias("ReplyToFeedback")]
    Task<FeedbackReply> ReplyToFeedbackAsync(string funderOrgId, string feedbackId, string? text, string subject);
}
