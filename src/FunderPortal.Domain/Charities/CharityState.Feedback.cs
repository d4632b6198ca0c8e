using FunderPortal.Funders;

namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>Every funder's feedback and offers of support, in arrival order, with the charity's replies.</summary>
    public List<FeedbackFromFunder> FeedbackFromFunders { get; set; } = [];

    public FeedbackFromFunder? FindFeedback(string funderOrgId, string feedbackId) =>
        FeedbackFromFunders.Find(f => f.FeedbackId == feedbackId && f.From.OrgId == funderOrgId);

    partial void ApplyFeedback(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case FeedbackReceived e:
                FeedbackFromFunders.Add(new FeedbackFromFunder(new FunderRef(e.FunderOrgId, e.FunderName), e.FeedbackId, e.Kind, e.Text, e.GivenAt,
                    FeedbackFromFunders.Count + 1, []));
                FunderNames[e.FunderOrgId] = e.FunderName;
                break;
            case FeedbackReplied e when FindFeedback(e.FunderOrgId, e.FeedbackId) is { } feedback:
                Replace(FeedbackFromFunders, f => f == feedback,
                    feedback with { Replies = [.. feedback.Replies, new FeedbackReply(e.ReplyId, e.Text, e.By, recordedAt)] });
                break;
        }
    }
}
