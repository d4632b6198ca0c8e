using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>Funders' feedback and offers of support: told by their grains, read by members, replied to by editors.</summary>
public sealed partial class CharityGrain
{
    public async Task ReceiveFeedbackAsync(FeedbackNotice notice)
    {
        RequireRegistered();
        await AppendAsync(CharityDecisions.ReceiveFeedback(State, notice), $"funder:{notice.From.OrgId}");
    }

    public Task<FeedbackPage> GetFeedbackFromFundersAsync(long? after, int limit, string subject)
    {
        RequireMember(subject);
        var (items, next) = Paging.NewestFirst(State.FeedbackFromFunders, f => f.Position, _ => true, after, Paging.Check(after, limit));
        return Task.FromResult(new FeedbackPage(items, next));
    }

    public Task<FeedbackFromFunder> GetFeedbackFromFunderAsync(string funderOrgId, string feedbackId, string subject)
    {
        RequireMember(subject);
        return Task.FromResult(State.FindFeedback(funderOrgId, feedbackId)
            ?? throw new NotFoundException($"No feedback '{feedbackId}' from '{funderOrgId}' to this charity."));
    }

    public Task<FeedbackReply> ReplyToFeedbackAsync(string funderOrgId, string feedbackId, string? text, string subject) =>
        CreateAsync(subject, "feedback-reply", (s, id) => CharityDecisions.ReplyToFeedback(s, funderOrgId, feedbackId, id, text, subject),
            (s, id) => s.FindFeedback(funderOrgId, feedbackId)?.Replies.FirstOrDefault(r => r.Id == id));
}
