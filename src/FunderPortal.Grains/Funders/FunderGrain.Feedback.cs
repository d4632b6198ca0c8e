using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>Feedback and offers of support to charities: editors give them, members read them.</summary>
public sealed partial class FunderGrain
{
    public Task<FeedbackItem> GiveFeedbackAsync(GiveFeedback command, string subject) =>
        CreateAsync(subject, "feedback", (s, id) => FunderDecisions.GiveFeedback(s, id, command, subject), (s, id) => s.FindFeedback(id));

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
}
