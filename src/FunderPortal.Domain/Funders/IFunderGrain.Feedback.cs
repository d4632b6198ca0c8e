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
}
