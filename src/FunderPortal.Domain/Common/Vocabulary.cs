namespace FunderPortal.Common;

/// <summary>Plain-English words for the vocabulary: what each activity kind means, practices to suggest, questions to ask.</summary>
public static class Vocabulary
{
    public static string Describe(ActivityKind kind) => kind switch
    {
        ActivityKind.CoDesign => "Planning and designing services together.",
        ActivityKind.CoDecision => "Deciding together how resources are used.",
        ActivityKind.CoDelivery => "Delivering together.",
        ActivityKind.CoEvaluation => "Evaluating together.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activity kind."),
    };

    /// <summary>Examples offered when a charity records the practices it uses; any words of its own are welcome too.</summary>
    public static IReadOnlyList<string> PracticeSuggestions(ActivityKind kind) => kind switch
    {
        ActivityKind.CoDesign => ["Planning services together", "Designing services together", "Design workshops with people who use the service"],
        ActivityKind.CoDecision => ["Deciding job roles together", "Shortlisting together", "Interview panels", "Commissioning together"],
        ActivityKind.CoDelivery => ["Training delivered together", "Peer mentoring", "Leading groups"],
        ActivityKind.CoEvaluation => ["Collecting feedback together", "Analysing feedback together", "Presenting findings together"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activity kind."),
    };

    public static string Ask(ReadinessQuestion question) => question switch
    {
        ReadinessQuestion.Why => "Why are we doing this?",
        ReadinessQuestion.WhatToAchieve => "What do we want to achieve?",
        ReadinessQuestion.AccountableToLivedExperience => "Are we accountable to people with lived experience?",
        ReadinessQuestion.ParticipantExperienceUnderstood => "Do we understand what taking part is like for everyone?",
        ReadinessQuestion.SupportAndSafeguarding => "Do participants have the support and safeguarding they need?",
        ReadinessQuestion.BoardBuyIn => "Are our board or senior managers behind it?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown question."),
    };
}
