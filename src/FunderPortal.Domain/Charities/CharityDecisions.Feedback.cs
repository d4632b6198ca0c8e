using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

// Feedback from funders: kept once however often the funder's grain tells it; replied to by editors.
public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> ReceiveFeedback(CharityState state, FeedbackNotice notice)
    {
        var errors = new ErrorBag();
        OrgId.Check(errors, "from.orgId", notice.From.OrgId);
        errors.RequireText("from.name", notice.From.Name, Limits.Name);
        errors.RequireText("feedbackId", notice.FeedbackId, Limits.Id);
        errors.Defined("kind", (FeedbackKind?)notice.Kind);
        errors.RequireText("text", notice.Text, FeedbackLimits.Text);
        errors.ThrowIfAny();
        return state.FindFeedback(notice.From.OrgId, notice.FeedbackId) is null
            ? [new FeedbackReceived(notice.From.OrgId, notice.From.Name.Trim(), notice.FeedbackId, notice.Kind, notice.Text, notice.GivenAt)]
            : [];
    }

    public static IReadOnlyList<CharityEvent> ReplyToFeedback(CharityState state, string funderOrgId, string feedbackId, string newId, string? text, string by)
    {
        var feedback = state.FindFeedback(funderOrgId, feedbackId)
            ?? throw new NotFoundException($"No feedback '{feedbackId}' from '{funderOrgId}' to this charity.");
        var errors = new ErrorBag();
        errors.RequireText("text", text, FeedbackLimits.Text);
        errors.ThrowIfAny();
        if (feedback.Replies.Any(r => r.Id == newId))
            throw new ConflictException("A reply with that id already exists.");
        if (feedback.Replies.Count >= FeedbackLimits.RepliesPerFeedback)
            throw new ConflictException($"A conversation holds at most {FeedbackLimits.RepliesPerFeedback} replies.");
        return [new FeedbackReplied(funderOrgId, feedbackId, newId, text!.Trim(), by)];
    }
}
