using FunderPortal.Common;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    public static IReadOnlyList<FunderEvent> GiveFeedback(FunderState state, string newId, GiveFeedback c, string subject)
    {
        var errors = new ErrorBag();
        OrgId.Check(errors, "charityOrgId", c.CharityOrgId);
        if (c.Kind is null)
            errors.Add("kind", $"Required: one of {string.Join(", ", Enum.GetNames<FeedbackKind>())}.");
        errors.Defined("kind", c.Kind);
        errors.RequireText("text", c.Text, Limits.LongText);
        errors.ThrowIfAny();

        if (state.Feedback.Count >= FunderLimits.MaxFeedback)
            throw new ConflictException($"A funder can keep at most {FunderLimits.MaxFeedback} pieces of feedback.");
        if (state.FindFeedback(newId) is not null)
            throw new ConflictException("Feedback with that id already exists.");
        return [new FeedbackGiven(newId, c.CharityOrgId, c.Kind!.Value, c.Text.Trim(), subject)];
    }

    /// <summary>
    /// A charity's reply, kept once however often the charity tells it. Only the charity the feedback was given to replies
    /// to it: for any other the feedback is not found (it stays between that funder and that charity).
    /// </summary>
    public static IReadOnlyList<FunderEvent> ReceiveFeedbackReply(FunderState state, string charityOrgId, string feedbackId, FeedbackReply reply)
    {
        if (state.FindFeedback(feedbackId) is not { } feedback || feedback.CharityOrgId != charityOrgId)
            throw new NotFoundException($"No feedback '{feedbackId}' from this funder to that charity.");
        return feedback.Replies?.Any(r => r.Id == reply.Id) == true
            ? []
            : [new FeedbackReplyReceived(feedbackId, reply.Id, reply.Text, reply.By, reply.At)];
    }
}
