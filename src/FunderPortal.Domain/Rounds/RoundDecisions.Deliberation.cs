using FunderPortal.Common;

namespace FunderPortal.Rounds;

public static partial class RoundDecisions
{
    public static IReadOnlyList<RoundEvent> AddNote(RoundState state, string noteId, RoundApplication application, string author, string? text)
    {
        var errors = new ErrorBag();
        errors.RequireText("text", text, RoundLimits.Comment);
        errors.ThrowIfAny();
        RoundPhases.Require(state, "add discussion notes", RoundPhase.Deliberation);
        if (state.Notes.Count >= RoundLimits.MaxNotes * Math.Max(1, state.Applications.Count))
            throw new ConflictException("This round has reached its limit of discussion notes.");
        return [new DiscussionNoteAdded(noteId, application.Id, author, text!.Trim())];
    }

    /// <summary>
    /// The panel's decision with its rationale, which is the applicant's feedback. Funded amounts keep to the award
    /// limits and what was asked, and all funded amounts together keep within the budget.
    /// </summary>
    public static IReadOnlyList<RoundEvent> Decide(RoundState state, RoundApplication application, RecordDecision c, string subject)
    {
        var setup = state.Current;
        var errors = new ErrorBag();
        if (c.Outcome is null)
            errors.Add("outcome", $"Required: one of {string.Join(", ", Enum.GetNames<DecisionOutcome>())}.");
        errors.Defined("outcome", c.Outcome);
        errors.RequireText("rationale", c.Rationale, RoundLimits.Rationale);
        if (c.Outcome == DecisionOutcome.Funded)
        {
            if (c.AmountPence is not { } amount)
                errors.Add("amountPence", "Required for a funded application: the amount awarded, in whole pence.");
            else if (amount < setup.MinAwardPence || amount > Math.Min(setup.MaxAwardPence, application.Amount))
                errors.Add("amountPence", $"Between {setup.MinAwardPence} and {Math.Min(setup.MaxAwardPence, application.Amount)} pence (the award limits and the amount asked for).");
        }
        else if (c.AmountPence is { } notZero && notZero != 0)
        {
            errors.Add("amountPence", "Only a funded application has an amount.");
        }
        errors.ThrowIfAny();

        RoundPhases.Require(state, "record decisions", RoundPhase.Deliberation);
        var amountPence = c.Outcome == DecisionOutcome.Funded ? c.AmountPence!.Value : 0;
        var fundedElsewhere = state.Applications.Values
            .Where(a => a.Id != application.Id && a.Decision is { Outcome: DecisionOutcome.Funded })
            .Sum(a => a.Decision!.AmountPence);
        if (fundedElsewhere + amountPence > setup.BudgetPence)
            throw new ConflictException(
                $"Funding this would spend {fundedElsewhere + amountPence} pence of a {setup.BudgetPence} pence budget: {setup.BudgetPence - fundedElsewhere} pence is left.");
        return [new DecisionRecorded(application.Id, c.Outcome!.Value, amountPence, c.Rationale.Trim(), subject)];
    }

    /// <summary>Once the funder holds the grants (idempotent on its side), the round records that it is done.</summary>
    public static IReadOnlyList<RoundEvent> GrantsRecorded(RoundState state, IReadOnlyDictionary<string, string> grantIdsByApplication) =>
        state.GrantIdsByApplication is null ? [new RoundGrantsRecorded(grantIdsByApplication)] : [];
}
