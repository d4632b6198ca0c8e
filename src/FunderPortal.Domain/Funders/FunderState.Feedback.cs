namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public List<FeedbackItem> Feedback { get; set; } = [];

    public FeedbackItem? FindFeedback(string id) => Feedback.Find(f => f.Id == id);

    partial void ApplyFeedback(FunderEvent change, DateTimeOffset recordedAt)
    {
        if (change is FeedbackGiven e)
            Feedback.Add(new FeedbackItem(e.FeedbackId, e.CharityOrgId, e.Kind, e.Text, recordedAt, e.GivenBy));
    }
}
