using FunderPortal.Common;

namespace FunderPortal.Rounds;

public static partial class RoundDecisions
{
    public const int MaxFilesPerApplication = 10;

    /// <summary>One application per charity per round; only while Open, within the award limits, and eligible.</summary>
    public static IReadOnlyList<RoundEvent> Submit(RoundState state, string newId, SubmitApplication c, string charityName, string subject)
    {
        var setup = state.Current;
        var errors = new ErrorBag();
        if (c.AmountRequestedPence is not { } amount)
            errors.Add("amountRequestedPence", "Required: the amount you ask for, in whole pence.");
        else if (amount < setup.MinAwardPence || amount > setup.MaxAwardPence)
            errors.Add("amountRequestedPence", $"This round awards between {setup.MinAwardPence} and {setup.MaxAwardPence} pence.");
        errors.OptionalText("summary", c.Summary, RoundLimits.Summary);
        var answers = c.EligibilityAnswers ?? new Dictionary<string, bool>();
        foreach (var key in answers.Keys.Where(k => setup.EligibilityQuestions.All(q => q.Id != k)))
            errors.Add($"eligibilityAnswers.{key}", "No such question in this round.");
        foreach (var question in setup.EligibilityQuestions)
        {
            if (!answers.TryGetValue(question.Id, out var answer))
                errors.Add($"eligibilityAnswers.{question.Id}", $"Required: answer \"{question.Question}\" with true or false.");
            else if (answer != question.RequiredAnswer)
                errors.Add($"eligibilityAnswers.{question.Id}", $"This round is only for applicants who answer {(question.RequiredAnswer ? "yes" : "no")} to \"{question.Question}\".");
        }
        errors.ThrowIfAny();

        RoundPhases.Require(state, "apply", RoundPhase.Open);
        if (state.Applications.Values.Any(a => a.CharityOrgId == c.CharityOrgId))
            throw new ConflictException("This charity has already applied to this round.");
        if (state.Applications.Count >= RoundLimits.MaxApplications)
            throw new ConflictException($"A round takes at most {RoundLimits.MaxApplications} applications.");

        return
        [
            new ApplicationSubmitted(newId, c.CharityOrgId, charityName, c.AmountRequestedPence!.Value, Text.Clean(c.Summary),
                new Dictionary<string, bool>(answers, StringComparer.Ordinal), c.LinkJourney, subject),
        ];
    }

    public static IReadOnlyList<RoundEvent> AddFile(RoundState state, RoundApplication application, ApplicationFile file)
    {
        RoundPhases.Require(state, "add files to an application", RoundPhase.Open);
        if (application.Files.Count >= MaxFilesPerApplication)
            throw new ConflictException($"An application can have at most {MaxFilesPerApplication} files.");
        return [new ApplicationFileAdded(application.Id, file.Id, file.Kind, file.FileName, file.ContentType, file.SizeBytes)];
    }
}
