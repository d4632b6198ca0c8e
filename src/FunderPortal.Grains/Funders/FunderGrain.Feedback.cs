using FunderPortal.Common;
using FunderPortal.EventStore;

namespace FunderPortal.Funders;

/// <summary>Feedback and offers of support to charities: editors give them, members read them, the charity replies.</summary>
public sealed partial class FunderGrain
{
    /// <summary>Recorded, then the charity told (the first attempt awaited, so its inbox has it when the answer comes).</summary>
    public async Task<FeedbackItem> GiveFeedbackAsync(GiveFeedback command, string subject)
    {
        var feedback = await CreateAsync(subject, "feedback", (s, id) => FunderDecisions.GiveFeedback(s, id, command, subject), (s, id) => s.FindFeedback(id));
        await TellCharitiesOfFeedbackAsync([feedback]);
        return feedback;
    }

    public Task<IReadOnlyList<FeedbackItem>> GetFeedbackAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<FeedbackItem> newestFirst = [.. Enumerable.Reverse(State.Feedback)];
        return Task.FromResult(newestFirst);
    }

    public Task<FeedbackItem> GetFeedbackItemAsync(string feedbackId, string subject)
    {
        RequireMember(subject);
        return Task.FromResult(State.FindFeedback(feedbackId) ?? throw new NotFoundException($"No feedback '{feedbackId}' at this funder."));
    }

    public async Task ReceiveFeedbackReplyAsync(string charityOrgId, string feedbackId, FeedbackReply reply)
    {
        RequireRegistered();
        await AppendAsync(FunderDecisions.ReceiveFeedbackReply(State, charityOrgId, feedbackId, reply), StreamIds.Charity(charityOrgId));
    }
}
