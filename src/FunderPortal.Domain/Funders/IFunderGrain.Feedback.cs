namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    [Alias("GiveFeedback")]
    Task<FeedbackItem> GiveFeedbackAsync(GiveFeedback command, string subject);

    /// <summary>Feedback and offers of support, newest first.</summary>
    [Alias("GetFeedback")]
    Task<IReadOnlyList<FeedbackItem>> GetFeedbackAsync(string subject);

    [Alias("GetFeedbackItem")]
    Task<FeedbackItem> GetFeedbackItemAsync(string feedbackId, string subject);

    /// <summary>
    /// Called by the charity's grain (through its outbox) when its member replies to this funder's feedback: kept once.
    /// Refused (404) for feedback not given to that charity.
    /// </summary>
    [Alias("ReceiveFeedbackReply")]
    Task ReceiveFeedbackReplyAsync(string charityOrgId, string feedbackId, FeedbackReply reply);
}
