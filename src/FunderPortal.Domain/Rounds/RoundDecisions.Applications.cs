using FunderPortal.Common;

namespace FunderPortal.Rounds;

public static partial class RoundDecisions
{
    public const int MaxFilesPerApplication = 10;

    /// <summary>
    /// Drafts and withdrawn applications one charity may keep in a round beside its submitted one: enough to start
    /// again, not so many that a round's state grows without end.
    /// </summary>
    public const int MaxUnsubmittedPerCharity = 10;

    /// <summary>
    /// A new application, only while Open. Submitted at once: one per charity per round, within the award limits, and
    /// eligible. As a draft (<see cref="SubmitApplication.Draft"/>): the amount and the eligibility answers may wait
    /// until it is submitted, and it counts for nothing until then.
    /// </summary>
    public static IReadOnlyList<RoundEvent> Submit(RoundState state, string newId, SubmitApplication c, string charityName, string subject)
    {
        var answers = CheckContent(state.Current, c.Content, complete: !c.Draft);
        RoundPhases.Require(state, "apply", RoundPhase.Open);
        RequireRoomBeside(state, c.CharityOrgId);
        if (c.Draft)
            return [new ApplicationDrafted(newId, c.CharityOrgId, charityName, c.AmountRequestedPence, Text.Clean(c.Summary), answers, c.LinkJourney, subject)];
        RequireRoomToSubmit(state, c.CharityOrgId);
        return [new ApplicationSubmitted(newId, c.CharityOrgId, charityName, c.AmountRequestedPence!.Value, Text.Clean(c.Summary), answers, c.LinkJourney, subject)];
    }

    /// <summary>
    /// A draft or a submitted application replaced by what its charity now says, while the round is Open. A submitted
    /// one stays complete (amount and eligible answers); a draft may still leave them out.
    /// </summary>
    public static IReadOnlyList<RoundEvent> Change(RoundState state, RoundApplication application, ChangeApplication c, string subject)
    {
        RequireNotWithdrawn(application);
        var answers = CheckContent(state.Current, c, complete: application.Status == ApplicationStatus.Submitted);
        RoundPhases.Require(state, "change an application", RoundPhase.Open);
        return [new ApplicationChanged(application.Id, c.AmountRequestedPence, Text.Clean(c.Summary), answers, c.LinkJourney, subject)];
    }

    /// <summary>A draft sent as it stands: what is missing is named (400), then the same rules as applying at once.</summary>
    public static IReadOnlyList<RoundEvent> SubmitDraft(RoundState state, RoundApplication application, string subject)
    {
        if (application.Status == ApplicationStatus.Submitted)
            return []; // asked twice: already sent
        RequireNotWithdrawn(application);
        CheckContent(state.Current, new ChangeApplication(application.AmountRequestedPence, application.Summary, application.EligibilityAnswers, application.LinkJourney),
            complete: true);
        RoundPhases.Require(state, "submit an application", RoundPhase.Open);
        RequireRoomToSubmit(state, application.CharityOrgId);
        return [new ApplicationDraftSubmitted(application.Id, subject)];
    }

    /// <summary>A draft or a submitted application taken back, until scoring starts (409 after).</summary>
    public static IReadOnlyList<RoundEvent> Withdraw(RoundState state, RoundApplication application, string subject)
    {
        if (application.Status == ApplicationStatus.Withdrawn)
            return []; // asked twice: already withdrawn
        if (state.Phase != RoundPhase.Open)
            throw new ConflictException($"An application can be withdrawn only until scoring starts; the round is {state.Phase}.");
        return [new ApplicationWithdrawn(application.Id, subject)];
    }

    /// <summary>Drafts nobody sent before scoring started: set aside, oldest first (their charities are told).</summary>
    public static IEnumerable<RoundEvent> DiscardDrafts(RoundState state) =>
        state.Drafts.Values.OrderBy(d => d.DraftedAt).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => new ApplicationDiscarded(d.Id));

    public static IReadOnlyList<RoundEvent> AddFile(RoundState state, RoundApplication application, ApplicationFile file)
    {
        RequireNotWithdrawn(application);
        RoundPhases.Require(state, "add files to an application", RoundPhase.Open);
        if (application.Files.Count >= MaxFilesPerApplication)
            throw new ConflictException($"An application can have at most {MaxFilesPerApplication} files.");
        return [new ApplicationFileAdded(application.Id, file.Id, file.Kind, file.FileName, file.ContentType, file.SizeBytes)];
    }

    /// <summary>
    /// The amount, the summary and the eligibility answers checked against the round. <paramref name="complete"/>: all
    /// of it as a submitted application needs it (amount given, every question answered as the round requires);
    /// otherwise (a draft) only what is given, and an answer the round does not want is left for the submit to name.
    /// </summary>
    private static Dictionary<string, bool> CheckContent(RoundSetup setup, ChangeApplication c, bool complete)
    {
        var errors = new ErrorBag();
        if (c.AmountRequestedPence is not { } amount)
        {
            if (complete)
                errors.Add("amountRequestedPence", "Required: the amount you ask for, in whole pence.");
        }
        else if (amount < setup.MinAwardPence || amount > setup.MaxAwardPence)
        {
            errors.Add("amountRequestedPence", $"This round awards between {setup.MinAwardPence} and {setup.MaxAwardPence} pence.");
        }
        errors.OptionalText("summary", c.Summary, RoundLimits.Summary);
        var answers = c.EligibilityAnswers ?? new Dictionary<string, bool>();
        foreach (var key in answers.Keys.Where(k => setup.EligibilityQuestions.All(q => q.Id != k)))
            errors.Add($"eligibilityAnswers.{key}", "No such question in this round.");
        foreach (var question in setup.EligibilityQuestions)
        {
            if (!answers.TryGetValue(question.Id, out var answer))
            {
                if (complete)
                    errors.Add($"eligibilityAnswers.{question.Id}", $"Required: answer \"{question.Question}\" with true or false.");
            }
            else if (complete && answer != question.RequiredAnswer)
            {
                errors.Add($"eligibilityAnswers.{question.Id}", $"This round is only for applicants who answer {(question.RequiredAnswer ? "yes" : "no")} to \"{question.Question}\".");
            }
        }
        errors.ThrowIfAny();
        return new Dictionary<string, bool>(answers, StringComparer.Ordinal);
    }

    /// <summary>One submitted application per charity (drafts and withdrawn ones do not count), and the round's limit.</summary>
    private static void RequireRoomToSubmit(RoundState state, string charityOrgId)
    {
        if (state.Applications.Values.Any(a => a.CharityOrgId == charityOrgId))
            throw new ConflictException("This charity has already applied to this round: change that application, or withdraw it first.");
        if (state.Applications.Count >= RoundLimits.MaxApplications)
            throw new ConflictException($"A round takes at most {RoundLimits.MaxApplications} applications.");
    }

    /// <summary>A new application while the charity keeps fewer than <see cref="MaxUnsubmittedPerCharity"/> drafts and withdrawn ones.</summary>
    private static void RequireRoomBeside(RoundState state, string charityOrgId)
    {
        if (state.Drafts.Values.Concat(state.Withdrawn.Values).Count(a => a.CharityOrgId == charityOrgId) >= MaxUnsubmittedPerCharity)
            throw new ConflictException($"A charity can keep at most {MaxUnsubmittedPerCharity} drafts and withdrawn applications in a round.");
    }

    private static void RequireNotWithdrawn(RoundApplication application)
    {
        if (application.Status == ApplicationStatus.Withdrawn)
            throw new ConflictException("This application was withdrawn: apply again to send a new one.");
    }
}
