using FunderPortal.Rounds;

namespace FunderPortal.Api.Rounds;

/// <summary>The round grain's views, as the API answers them (RoundResponses).</summary>
public static class RoundMappings
{
    public static RoundResponse ToResponse(this RoundView r) => new(
        r.Id, r.FunderOrgId, r.Title, r.ProgrammeId, r.BudgetPence, r.MinAwardPence, r.MaxAwardPence,
        r.Timetable.ToResponse(),
        [.. r.EligibilityQuestions.Select(q => new EligibilityQuestionResponse(q.Id, q.Question, q.RequiredAnswer))],
        [.. r.Criteria.Select(c => new CriterionResponse(c.Id, c.Wording, c.Weight, c.ScaleMax, c.Anchors))],
        r.Anonymised, r.JudgingMode, r.TopPickCount, r.RankBy, r.RatePencePerHour, r.Phase,
        [.. r.PhaseChanges.Select(p => new PhaseChangeResponse(p.Phase, p.At))],
        r.Applications, r.Panellists, r.YourRole, r.YourPanellistId,
        r.Outcome?.ToResponse(),
        r.CreatedAt, r.Version, r.Published);

    public static TimetableResponse ToResponse(this Timetable t) => new(t.Opens, t.Closes, t.ScoringEnds, t.DecisionsBy);

    public static RoundOutcomeResponse ToResponse(this RoundOutcome o) => new(
        o.Applications, o.Funded, o.Waitlisted, o.NotFunded, o.SuccessRate, o.FundedPence,
        [.. o.Timetable.Select(s => new TimetableStepResponse(s.Step, s.Planned, s.Actual, s.DaysLate))]);

    public static RoundListingResponse ToResponse(this RoundListing l) => new(l.RoundId, l.Title, l.CreatedAt);

    public static ApplicationResponse ToResponse(this ApplicationView a) => new(
        a.Id, a.RoundId, a.Number, a.Label, a.ApplicantHidden, a.CharityOrgId, a.CharityName, a.JourneyUrl, a.AmountRequestedPence,
        a.Summary, a.EligibilityAnswers,
        [.. a.Files.Select(f => f.ToResponse(a.RoundId, a.Id))],
        a.SubmittedAt, a.ScoredBy, a.EligibleScorers, a.YourConflict,
        a.YourScores?.ToResponse(),
        a.Decision is { } d ? new DecisionResponse(d.Outcome, d.AmountPence, d.Rationale, d.DecidedAt, d.DecidedBy) : null,
        a.AnonymityNotice, a.OrganisationVerified, a.Status);

    public static ApplicationFileResponse ToResponse(this ApplicationFile f, string roundId, string applicationId)
    {
        var url = FileUrl(roundId, applicationId, f.Id);
        return new(f.Id, f.Kind, f.FileName, f.ContentType, f.SizeBytes, f.AddedAt, f.Media, url, f.Transcript,
            f.CaptionsId is null ? null : $"{url}/captions");
    }

    public static string FileUrl(string roundId, string applicationId, string fileId) =>
        $"/api/v1/rounds/{roundId}/applications/{Uri.EscapeDataString(applicationId)}/files/{Uri.EscapeDataString(fileId)}";

    public static PublicRoundResponse ToResponse(this PublicRoundView r) => new(
        r.Id, r.Title,
        r.Programme is { } p ? new PublicProgrammeResponse(p.Id, p.Title) : null,
        new PublicFunderResponse(r.Funder.OrgId, r.Funder.Name),
        r.Phase, r.Timetable.ToResponse(), r.JudgingMode,
        [.. r.EligibilityQuestions.Select(q => new EligibilityQuestionResponse(q.Id, q.Question, q.RequiredAnswer))],
        [.. r.Criteria.Select(c => new PublicCriterionResponse(c.Wording, c.Weight, c.ScaleMax, c.Anchors))],
        r.BudgetPence, r.MinAwardPence, r.MaxAwardPence,
        r.Outcome is { } o
            ? new PublicOutcomeResponse(o.Applications, o.Funded, o.FundedPence, o.SuccessRate,
                [.. o.FundedOrganisations.Select(f => new FundedOrganisationResponse(f.OrgId, f.Name, f.AwardPence))])
            : null);

    public static PublicRoundsPageResponse ToResponse(this PublicRoundsPage page) => new(
        [.. page.Items.Select(l => new PublicRoundListingResponse(l.RoundId, l.Title, new PublicFunderResponse(l.Funder.OrgId, l.Funder.Name), l.Phase,
            l.Timetable.ToResponse()))],
        page.Next);

    public static ScoreSheetResponse ToResponse(this ScoreSheetView s) =>
        new(s.ApplicationId, s.PanellistId, s.Pseudonym, s.Scores, s.Comments, s.Comment, s.SubmittedAt);

    public static TopPicksResponse ToResponse(this TopPicksView t) => new(t.PanellistId, t.ApplicationIds, t.TopPickCount);

    public static ConflictResponse ToResponse(this ConflictView c) =>
        new(c.ApplicationId, c.PanellistId, c.Pseudonym, c.Declaration, c.Details, c.DeclaredAt);

    public static PanellistResponse ToResponse(this PanellistView p) => new(
        p.Id, p.Pseudonym, p.LinkedToUser, p.JoinedAt, p.AccessibilityNeeds, p.MeetingTimes, p.Payment, p.NonCashPreference,
        [.. p.Time.Select(t => t.ToResponse())], p.Minutes, p.ValuePence);

    public static PanelTimeResponse ToResponse(this PanelTime t) => new(t.Id, t.Activity, t.Minutes, t.On, t.RecordedBy);

    public static PaymentsResponse ToResponse(this PaymentsView p) => new(
        p.RatePencePerHour,
        [.. p.Panellists.Select(x => new PanellistPaymentResponse(x.PanellistId, x.Pseudonym, x.Payment, x.Minutes, x.ValuePence, x.CashPence, x.NonCashPence))],
        p.TotalMinutes, p.TotalValuePence, p.TotalCashPence, p.TotalNonCashPence, p.TotalDeclinedPence);

    public static RoundResultsResponse ToResponse(this RoundResultsView r) => new(
        r.RoundId, r.JudgingMode, r.RankBy, r.BudgetPence, r.RecommendedPence, r.RemainingPence, r.DisagreementThreshold,
        [.. r.Applications.Select(a => a.ToResponse())]);

    public static ResultRowResponse ToResponse(this ResultRow r) => new(
        r.ApplicationId, r.Label, r.CharityName, r.AmountRequestedPence, r.Mean, r.Median, r.StandardDeviation, r.NormalisedScore,
        r.Scorers, r.EligiblePanellists, r.Disagreement, r.Rank, r.Tied, r.Points, r.RecommendedAwardPence, r.YouAreConflicted,
        [.. r.Panellists.Select(p => new PanellistTotalResponse(p.PanellistId, p.Pseudonym, p.Total, p.ZScore))]);

    public static NoteResponse ToResponse(this NoteView n) => new(n.Id, n.ApplicationId, n.Author, n.Text, n.At);
}
