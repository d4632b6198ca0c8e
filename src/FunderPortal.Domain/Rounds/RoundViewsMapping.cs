using System.Globalization;
using FunderPortal.Charities;

namespace FunderPortal.Rounds;

/// <summary>Shapes state into views for one caller. Pure: what a caller may not see is never put in the view.</summary>
public static class RoundViewsMapping
{
    public const string AnonymityNotice =
        "Panellists will not see your charity's name or org-id until decisions are made. What you write or attach may still identify you.";

    public static RoundView ToView(this RoundState state, RoundRole role, string? panellistId)
    {
        var s = state.Current;
        return new RoundView(state.RoundId, state.FunderOrgId, s.Title, s.ProgrammeId, s.BudgetPence, s.MinAwardPence, s.MaxAwardPence,
            s.Timetable, s.EligibilityQuestions, s.Criteria, s.Anonymised, s.JudgingMode, s.TopPickCount, s.RankBy, s.RatePencePerHour,
            state.Phase, [.. state.PhaseChanges], state.Applications.Count, state.Panellists.Count, role, panellistId,
            state.Phase >= RoundPhase.Decided ? Outcome(state) : null, state.CreatedAt!.Value, state.Version, state.Published);
    }

    /// <summary>The round's public page: its call for applications and, once decided, what came of it.</summary>
    public static PublicRoundView ToPublicView(this RoundState state, FunderRef funder, PublicProgramme? programme)
    {
        var s = state.Current;
        return new PublicRoundView(state.RoundId, s.Title, programme, funder, state.Phase, s.Timetable, s.JudgingMode, s.TopPickCount,
            s.EligibilityQuestions, s.Criteria, s.BudgetPence, s.MinAwardPence, s.MaxAwardPence,
            state.Phase >= RoundPhase.Decided ? PublicOutcome(state) : null);
    }

    private static PublicOutcome PublicOutcome(RoundState state)
    {
        var outcome = Outcome(state);
        var funded = state.Applications.Values
            .Where(a => a.Decision is { Outcome: DecisionOutcome.Funded })
            .OrderBy(a => a.Number)
            .Select(a => new FundedOrganisation(a.CharityOrgId, a.CharityName, a.Decision!.AmountPence))
            .ToList();
        return new PublicOutcome(outcome.Applications, outcome.Funded, outcome.FundedPence, outcome.SuccessRate, funded);
    }

    /// <summary>The round's entry in the public index.</summary>
    public static PublicRoundListing ToPublicListing(this RoundState state, FunderRef funder) =>
        new(state.RoundId, state.Current.Title, funder, state.Phase, state.Current.Timetable);

    public static RoundOutcome Outcome(RoundState state)
    {
        var decisions = state.Applications.Values.Select(a => a.Decision).OfType<Decision>().ToList();
        var funded = decisions.Count(d => d.Outcome == DecisionOutcome.Funded);
        var total = state.Applications.Count;
        return new RoundOutcome(total, funded,
            decisions.Count(d => d.Outcome == DecisionOutcome.Waitlisted),
            decisions.Count(d => d.Outcome == DecisionOutcome.NotFunded),
            total == 0 ? 0 : Math.Round((double)funded / total, 4),
            decisions.Where(d => d.Outcome == DecisionOutcome.Funded).Sum(d => d.AmountPence),
            TimetableKept(state));
    }

    /// <summary>Each published date beside the day the round actually got there.</summary>
    public static IReadOnlyList<TimetableStep> TimetableKept(RoundState state)
    {
        var t = state.Current.Timetable;
        return
        [
            Step("opens", t.Opens, state, RoundPhase.Open),
            Step("closes", t.Closes, state, RoundPhase.Scoring),
            Step("scoringEnds", t.ScoringEnds, state, RoundPhase.Deliberation),
            Step("decisionsBy", t.DecisionsBy, state, RoundPhase.Decided),
        ];
    }

    private static TimetableStep Step(string name, DateOnly? planned, RoundState state, RoundPhase reached)
    {
        DateOnly? actual = state.PhaseChanges.FirstOrDefault(c => c.Phase == reached) is { } change
            ? DateOnly.FromDateTime(change.At.UtcDateTime)
            : null;
        int? late = planned is { } p && actual is { } a ? a.DayNumber - p.DayNumber : null;
        return new TimetableStep(name, planned, actual, late);
    }

    public static string Label(RoundApplication application) => application.Number > 0
        ? string.Create(CultureInfo.InvariantCulture, $"Application {application.Number}")
        : "Draft application";

    /// <summary>Where the panel reads the journey an application links: that round's own read of the charity's map.</summary>
    public static string JourneyUrl(RoundState state, RoundApplication application) =>
        $"/api/v1/charities/{Uri.EscapeDataString(application.CharityOrgId)}/journey?roundId={state.RoundId}";

    /// <summary>
    /// An application as one caller sees it. Panellists of an anonymised round see a label in place of the
    /// applicant until decisions; nobody but the caller's own sheet is ever included before scoring ends.
    /// </summary>
    public static ApplicationView ToView(this RoundApplication a, RoundState state, RoundRole role, Panellist? panellist)
    {
        var hidden = role == RoundRole.Panellist && RoundPhases.ApplicantsHiddenFromPanel(state);
        var scoredBy = state.Sheets.TryGetValue(a.Id, out var sheets) ? sheets.Count : 0;
        var conflicted = state.Conflicts.TryGetValue(a.Id, out var byPanellist)
            ? byPanellist.Values.Count(c => c.Declaration == ConflictDeclaration.Declared)
            : 0;
        var decisionVisible = role switch
        {
            RoundRole.Applicant => state.Phase >= RoundPhase.Decided,
            RoundRole.Panellist => state.Phase >= RoundPhase.Deliberation,
            _ => true,
        };
        var yourSheet = panellist is null ? null : state.FindSheet(a.Id, panellist.Id);
        ConflictDeclaration? yourConflict = panellist is not null && byPanellist?.GetValueOrDefault(panellist.Id) is { } mine ? mine.Declaration : null;
        return new ApplicationView(a.Id, state.RoundId, a.Number, Label(a), hidden,
            hidden ? null : a.CharityOrgId,
            hidden ? null : a.CharityName,
            hidden || !a.LinkJourney ? null : JourneyUrl(state, a),
            a.AmountRequestedPence, a.Summary, a.EligibilityAnswers, a.Files, a.SubmittedAt,
            scoredBy, state.Panellists.Count - conflicted, yourConflict,
            yourSheet is null ? null : yourSheet.ToView(a.Id, panellist!, state.Current),
            decisionVisible ? a.Decision : null,
            state.Current.Anonymised && role == RoundRole.Applicant ? AnonymityNotice : null,
            Status: a.Status);
    }

    public static ScoreSheetView ToView(this ScoreSheet sheet, string applicationId, Panellist panellist, RoundSetup setup) =>
        new(applicationId, panellist.Id, panellist.Pseudonym,
            setup.Criteria.Select((c, i) => (c.Id, Score: i < sheet.Scores.Count ? sheet.Scores[i] : 0)).ToDictionary(x => x.Id, x => x.Score, StringComparer.Ordinal),
            sheet.Comments ?? new Dictionary<string, string>(),
            sheet.Comment, sheet.SubmittedAt);

    public static PanellistView ToView(this Panellist p, RoundSetup setup)
    {
        var minutes = p.Time.Sum(t => t.Minutes);
        return new PanellistView(p.Id, p.Pseudonym, p.UserSubject is not null, p.JoinedAt, p.AccessibilityNeeds, p.MeetingTimes, p.Payment,
            p.NonCashPreference, p.Time, minutes, PanelPay.ValuePence(minutes, setup.RatePencePerHour));
    }

    public static PaymentsView Payments(RoundState state)
    {
        var rate = state.Current.RatePencePerHour;
        var rows = state.Panellists.Values.OrderBy(p => p.JoinedAt).Select(p =>
        {
            var minutes = p.Time.Sum(t => t.Minutes);
            var value = PanelPay.ValuePence(minutes, rate);
            return new PanellistPayment(p.Id, p.Pseudonym, p.Payment, minutes, value,
                p.Payment == PaymentChoice.Paid ? value : 0,
                p.Payment == PaymentChoice.NonCash ? value : 0);
        }).ToList();
        return new PaymentsView(rate, rows, rows.Sum(r => r.Minutes), rows.Sum(r => r.ValuePence), rows.Sum(r => r.CashPence),
            rows.Sum(r => r.NonCashPence), rows.Where(r => r.Payment == PaymentChoice.Declined).Sum(r => r.ValuePence));
    }

    /// <summary>What the pure aggregation needs from the round, in submission order.</summary>
    public static AggregationInput ToAggregationInput(this RoundState state, RankBy rankBy)
    {
        var s = state.Current;
        var applications = state.Applications.Values.OrderBy(a => a.Number).Select(a => new ApplicationInput(a.Id, a.Amount,
            state.Conflicts.TryGetValue(a.Id, out var byPanellist)
                ? [.. byPanellist.Where(c => c.Value.Declaration == ConflictDeclaration.Declared).Select(c => c.Key)]
                : [])).ToList();
        var sheets = state.Sheets.SelectMany(byApp => byApp.Value.Select(byPanellist =>
            new ScoreSheetInput(byPanellist.Key, byApp.Key, byPanellist.Value.Scores))).ToList();
        var picks = state.TopPicks.Select(p => new TopPickInput(p.Key, p.Value)).ToList();
        return new AggregationInput(s.JudgingMode, [.. s.Criteria.Select(c => new CriterionWeight(c.Id, c.Weight, c.ScaleMax))],
            applications, [.. state.Panellists.Keys], sheets, picks, s.TopPickCount, rankBy, s.BudgetPence, s.MinAwardPence, s.MaxAwardPence);
    }

    /// <summary>
    /// Results for one caller, scores rounded to 3 decimals. A conflicted panellist gets the application's row
    /// without its scores (<see cref="ResultRow.YouAreConflicted"/>); names stay hidden from an anonymised panel.
    /// </summary>
    public static RoundResultsView ToView(this RoundResults results, RoundState state, RoundRole role, Panellist? panellist)
    {
        var hidden = role == RoundRole.Panellist && RoundPhases.ApplicantsHiddenFromPanel(state);
        var rows = results.Applications.Select(r =>
        {
            var application = state.Applications[r.ApplicationId];
            var masked = role == RoundRole.Panellist && panellist is not null && state.IsConflicted(r.ApplicationId, panellist.Id);
            return new ResultRow(r.ApplicationId, Label(application), hidden ? null : application.CharityName, application.Amount,
                masked ? null : Round(r.Mean), masked ? null : Round(r.Median), masked ? null : Round(r.StandardDeviation),
                masked ? null : Round(r.NormalisedScore), r.Scorers, r.EligiblePanellists, !masked && r.Disagreement, r.Rank, r.Tied,
                r.Points, r.RecommendedAwardPence, masked,
                masked ? [] : [.. r.Totals.Select(t => new PanellistTotalView(t.PanellistId,
                    state.Panellists.TryGetValue(t.PanellistId, out var p) ? p.Pseudonym : t.PanellistId, Round(t.Total)!.Value, Round(t.ZScore)!.Value))]);
        }).ToList();
        return new RoundResultsView(state.RoundId, results.Mode, results.RankBy, results.BudgetPence, results.RecommendedPence, results.RemainingPence,
            RoundAggregation.DisagreementThreshold, rows);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;
}
