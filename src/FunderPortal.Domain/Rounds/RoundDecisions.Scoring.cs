using FunderPortal.Common;

namespace FunderPortal.Rounds;

public static partial class RoundDecisions
{
    /// <summary>Declarations while applications are in front of the panel (Open and Scoring).</summary>
    public static IReadOnlyList<RoundEvent> DeclareConflict(RoundState state, string panellistId, RoundApplication application, DeclareConflict c)
    {
        var errors = new ErrorBag();
        if (c.Declaration is null)
            errors.Add("declaration", "Required: None or Declared.");
        errors.Defined("declaration", c.Declaration);
        if (c.Declaration == ConflictDeclaration.Declared)
            errors.RequireText("details", c.Details, Limits.ShortText);
        else
            errors.OptionalText("details", c.Details, Limits.ShortText);
        errors.ThrowIfAny();
        RoundPhases.Require(state, "declare a conflict of interest", RoundPhase.Open, RoundPhase.Scoring);
        return [new ConflictDeclared(panellistId, application.Id, c.Declaration!.Value, Text.Clean(c.Details))];
    }

    /// <summary>Every criterion scored on its own scale; a panellist may change their scores until scoring ends.</summary>
    public static IReadOnlyList<RoundEvent> SubmitScores(RoundState state, string panellistId, RoundApplication application, SubmitScores c)
    {
        var setup = state.Current;
        var errors = new ErrorBag();
        var scores = c.Scores ?? new Dictionary<string, int>();
        var ordered = new int[setup.Criteria.Count];
        for (var i = 0; i < setup.Criteria.Count; i++)
        {
            var criterion = setup.Criteria[i];
            if (!scores.TryGetValue(criterion.Id, out var score))
                errors.Add($"scores.{criterion.Id}", $"Required: a score from 0 to {criterion.ScaleMax} for \"{criterion.Wording}\".");
            else if (score < 0 || score > criterion.ScaleMax)
                errors.Add($"scores.{criterion.Id}", $"From 0 to {criterion.ScaleMax}.");
            else
                ordered[i] = score;
        }
        foreach (var key in scores.Keys.Where(k => setup.Criteria.All(cr => cr.Id != k)))
            errors.Add($"scores.{key}", "No such criterion in this round.");
        var comments = c.Comments ?? new Dictionary<string, string>();
        foreach (var (key, text) in comments)
        {
            if (setup.Criteria.All(cr => cr.Id != key))
                errors.Add($"comments.{key}", "No such criterion in this round.");
            else
                errors.OptionalText($"comments.{key}", text, RoundLimits.Comment);
        }
        errors.OptionalText("comment", c.Comment, RoundLimits.Comment);
        errors.ThrowIfAny();

        RoundPhases.Require(state, "score", RoundPhase.Scoring);
        if (setup.JudgingMode != JudgingMode.Scoring)
            throw new ConflictException("This round's panellists pick their top applications instead of scoring each one.");
        RequireNotConflicted(state, application.Id, panellistId, "score it");

        var cleanComments = comments
            .Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Trim(), StringComparer.Ordinal);
        return [new ScoresSubmitted(panellistId, application.Id, ordered, cleanComments.Count == 0 ? null : cleanComments, Text.Clean(c.Comment))];
    }

    /// <summary>A TopPick round's ranking: distinct applications, best first, at most the round's N, none conflicted.</summary>
    public static IReadOnlyList<RoundEvent> SubmitTopPicks(RoundState state, string panellistId, IReadOnlyList<string>? applicationIds)
    {
        var setup = state.Current;
        var errors = new ErrorBag();
        var ids = applicationIds ?? [];
        if (ids.Count == 0)
            errors.Add("applicationIds", "Required: your picks, best first.");
        if (ids.Count > setup.TopPickCount)
            errors.Add("applicationIds", $"At most {setup.TopPickCount} picks in this round.");
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            errors.Add("applicationIds", "Pick each application once.");
        for (var i = 0; i < Math.Min(ids.Count, RoundLimits.MaxTopPick); i++)
        {
            if (ids[i] is null || state.FindApplication(ids[i]) is null)
                errors.Add($"applicationIds[{i}]", "No such application in this round.");
        }
        errors.ThrowIfAny();

        RoundPhases.Require(state, "pick applications", RoundPhase.Scoring);
        if (setup.JudgingMode != JudgingMode.TopPick)
            throw new ConflictException("This round's panellists score each application instead of picking their top ones.");
        foreach (var id in ids)
            RequireNotConflicted(state, id, panellistId, "pick it");
        return [new TopPicksSubmitted(panellistId, [.. ids])];
    }

    public static void RequireNotConflicted(RoundState state, string applicationId, string panellistId, string action)
    {
        if (state.IsConflicted(applicationId, panellistId))
            throw new ConflictException($"You declared a conflict of interest with application {applicationId}, so you cannot {action}.");
    }
}
