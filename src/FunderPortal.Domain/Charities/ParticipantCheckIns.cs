using FunderPortal.Common;

namespace FunderPortal.Charities;

// A participant check-in: participants rate the work themselves, beside the staff's own ratings on the same check-in
// ("staff say" and "participants say"), so the portal is not only staff grading their own co-production.

/// <summary>What a participant says they got from taking part (anything else goes in their own words).</summary>
public enum ParticipantBenefit
{
    MoreConfident,
    NewSkills,
    ListenedTo,
    PaidFairly,
    MetPeople,
}

/// <summary>A participant's answer, as they gave it; <see cref="Other"/> and <see cref="Comment"/> are sealed under their key.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.VoiceAnswer")]
public sealed record VoiceAnswer(
    [property: Id(0)] IReadOnlyDictionary<Principle, int> Principles,
    [property: Id(1)] IReadOnlyList<ParticipantBenefit> Benefits,
    [property: Id(2)] string? Other,
    [property: Id(3)] string? Comment,
    [property: Id(4)] bool ConsentToShareComment,
    [property: Id(5)] DateTimeOffset AnsweredAt);

/// <summary>One participant asked to rate a check-in; only the hash of their link's token is kept.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.VoiceAsk")]
public sealed record VoiceAsk(
    [property: Id(0)] string CheckInId,
    [property: Id(1)] string Participant,
    [property: Id(2)] string TokenHash,
    [property: Id(3)] DateTimeOffset AskedAt,
    [property: Id(4)] DateTimeOffset ExpiresAt,
    [property: Id(5)] VoiceAnswer? Answer);

/// <summary>What a participant sends from their link, unchecked (<see cref="ParticipantsSayRules.Check"/>).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.VoiceInput")]
public sealed record VoiceInput(
    [property: Id(0)] IReadOnlyDictionary<Principle, int?> Principles,
    [property: Id(1)] IReadOnlyList<ParticipantBenefit?> Benefits,
    [property: Id(2)] string? Other,
    [property: Id(3)] string? Comment,
    [property: Id(4)] bool ConsentToShareComment);

/// <summary>What a participant's link opens: who asks, about which check-in, until when.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.VoicePrompt")]
public sealed record VoicePrompt(
    [property: Id(0)] string CharityName,
    [property: Id(1)] string Participant,
    [property: Id(2)] DateOnly HeldOn,
    [property: Id(3)] DateTimeOffset ExpiresAt);

/// <summary>One principle as participants rated it: the mean and how many chose 1, 2, 3, 4 and 5.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PrincipleTally")]
public sealed record PrincipleTally(
    [property: Id(0)] decimal Mean,
    [property: Id(1)] IReadOnlyList<int> Counts);

/// <summary>
/// Participants' answers as totals only. <see cref="Answered"/> is always given; everything else is null while fewer
/// than <see cref="ParticipantsSayRules.MinimumAnswers"/> have answered, as a small group would identify people.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ParticipantsSay")]
public sealed record ParticipantsSay(
    [property: Id(0)] int Answered,
    [property: Id(1)] IReadOnlyDictionary<Principle, PrincipleTally>? Principles,
    [property: Id(2)] IReadOnlyDictionary<ParticipantBenefit, int>? Benefits,
    [property: Id(3)] IReadOnlyList<string>? Comments);

/// <summary>A check-in as its readers see it: the staff's own record beside what participants say.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.CheckInView")]
public sealed record CheckInView(
    [property: Id(0)] CheckIn CheckIn,
    [property: Id(1)] ParticipantsSay ParticipantsSay);

/// <summary>Checks participants' answers and sums them, pure.</summary>
public static class ParticipantsSayRules
{
    /// <summary>Below this many answers nothing but the count is shown.</summary>
    public const int MinimumAnswers = 3;

    /// <summary>Every principle rated 1 to 5 (a missing one named: <c>principles.Access</c>), benefits known, words within limits.</summary>
    public static VoiceAnswer Check(VoiceInput input, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        foreach (var principle in Enum.GetValues<Principle>())
        {
            var field = $"principles.{principle}";
            if (input.Principles.GetValueOrDefault(principle) is not { } rating)
                errors.Add(field, $"Choose a number from {Limits.MinRating} to {Limits.MaxRating} for {principle}.");
            else
                errors.Range(field, rating, Limits.MinRating, Limits.MaxRating);
        }
        for (var i = 0; i < input.Benefits.Count; i++)
        {
            if (input.Benefits[i] is null)
                errors.Add($"benefits[{i}]", $"One of {string.Join(", ", Enum.GetNames<ParticipantBenefit>())}.");
            errors.Defined($"benefits[{i}]", input.Benefits[i]);
        }
        errors.OptionalText("other", input.Other, Limits.Comment);
        errors.OptionalText("comment", input.Comment, Limits.Comment);
        errors.ThrowIfAny();
        var comment = Text.Clean(input.Comment);
        return new VoiceAnswer(
            Enum.GetValues<Principle>().ToDictionary(p => p, p => input.Principles[p]!.Value),
            [.. input.Benefits.Select(b => b!.Value).Distinct().Order()],
            Text.Clean(input.Other), comment, comment is not null && input.ConsentToShareComment, now);
    }

    /// <summary>
    /// Totals over the answers given; comments only those shared with consent (already opened: an erased one is left
    /// out), in the order given.
    /// </summary>
    public static ParticipantsSay Summarise(IReadOnlyList<VoiceAnswer> answers, IReadOnlyList<string> consentedComments)
    {
        if (answers.Count < MinimumAnswers)
            return new ParticipantsSay(answers.Count, null, null, null);
        var principles = Enum.GetValues<Principle>().ToDictionary(p => p, p =>
        {
            var ratings = answers.Select(a => a.Principles[p]).ToList();
            int[] counts = [.. Enumerable.Range(Limits.MinRating, Limits.MaxRating - Limits.MinRating + 1).Select(r => ratings.Count(x => x == r))];
            return new PrincipleTally(Math.Round((decimal)ratings.Sum() / ratings.Count, 1, MidpointRounding.AwayFromZero), counts);
        });
        var benefits = Enum.GetValues<ParticipantBenefit>().ToDictionary(b => b, b => answers.Count(a => a.Benefits.Contains(b)));
        return new ParticipantsSay(answers.Count, principles, benefits, consentedComments);
    }
}

/// <summary>The questions a participant is asked, in plain words (the page and the API use the same ones).</summary>
public static class VoiceWords
{
    public static string Ask(Principle principle) => principle switch
    {
        Principle.Equality => "Were you treated as an equal, with your views counting as much as the staff's?",
        Principle.Diversity => "Were different kinds of people, with different lives and experiences, part of it and heard?",
        Principle.Access => "Was it easy for you to take part: the times, the places, the support and the information?",
        Principle.Reciprocity => "Did you get something back for what you gave: pay, skills, or being thanked in a way that suits you?",
        _ => principle.ToString(),
    };

    public static string Of(ParticipantBenefit benefit) => benefit switch
    {
        ParticipantBenefit.MoreConfident => "I feel more confident",
        ParticipantBenefit.NewSkills => "I learned new skills",
        ParticipantBenefit.ListenedTo => "I was listened to",
        ParticipantBenefit.PaidFairly => "I was paid fairly",
        ParticipantBenefit.MetPeople => "I met people",
        _ => benefit.ToString(),
    };

    /// <summary>What 1 and 5 mean on every question.</summary>
    public const string Scale = "1 means not at all, 5 means completely.";
}
