namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public List<FeedbackItem> Feedback { get; set; } = [];

    public FeedbackItem? FindFeedback(string id) => Feedback.Find(f => f.Id == id);

    partial void ApplyFeedback(FunderEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case FeedbackGiven e:
                Feedback.Add(new FeedbackItem(e.FeedbackId, e.CharityOrgId, e.Kind, e.Text, recordedAt, e.GivenBy));
                break;
            case FeedbackReplyReceived e when Feedback.FindIndex(f => f.Id == e.FeedbackId) is >= 0 and var index:
                Feedback[index] = Feedback[index] with { Replies = [.. Feedback[index].Replies ?? [], new FeedbackReply(e.ReplyId, e.Text, e.By, e.At)] };
                break;
        }
    }
}
