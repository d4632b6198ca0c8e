using FunderPortal.Charities;
using FunderPortal.Common;
using Barrier = FunderPortal.Charities.Barrier;

namespace FunderPortal.Api.Charities;

/// <summary>Between the journey map's HTTP contract and the grain messages.</summary>
public static class JourneyMappings
{
    public static RecordParticipants ToCommand(this RecordParticipantsRequest r) =>
        new(r.Count, r.SeldomHeardGroupsReached ?? [], r.Roles ?? []);

    public static MilestoneDetails ToCommand(this MilestoneRequest r) => new(r.Title, r.PlannedDate, r.DoneDate);

    public static BarrierDetails ToCommand(this BarrierRequest r) => new(r.Kind, r.Description, r.Mitigation, r.Status);

    /// <summary>Unanswered questions and unrated principles are left out, for the grain to name them.</summary>
    public static RecordCheckIn ToCommand(this CheckInRequest r)
    {
        var readiness = new Dictionary<ReadinessQuestion, ReadinessResponse>();
        void Answer(ReadinessQuestion q, ReadinessAnswerRequest? a)
        {
            if (a?.Answer is { } answer)
                readiness[q] = new ReadinessResponse(answer, a.Words);
        }
        Answer(ReadinessQuestion.Why, r.Readiness?.Why);
        Answer(ReadinessQuestion.WhatToAchieve, r.Readiness?.WhatToAchieve);
        Answer(ReadinessQuestion.AccountableToLivedExperience, r.Readiness?.AccountableToLivedExperience);
        Answer(ReadinessQuestion.ParticipantExperienceUnderstood, r.Readiness?.ParticipantExperienceUnderstood);
        Answer(ReadinessQuestion.SupportAndSafeguarding, r.Readiness?.SupportAndSafeguarding);
        Answer(ReadinessQuestion.BoardBuyIn, r.Readiness?.BoardBuyIn);

        var principles = new Dictionary<Principle, int>();
        void Rate(Principle p, int? rating)
        {
            if (rating is { } value)
                principles[p] = value;
        }
        Rate(Principle.Equality, r.Principles?.Equality);
        Rate(Principle.Diversity, r.Principles?.Diversity);
        Rate(Principle.Access, r.Principles?.Access);
        Rate(Principle.Reciprocity, r.Principles?.Reciprocity);

        var skills = r.Skills is { } s ? new SkillsInput(s.Needed, s.Gaps?.Select(g => g is null ? null! : new SkillGapInput(g.Kind, g.Text, g.PlanLineId)).ToList()) : null;
        return new RecordCheckIn(r.HeldOn, r.WhatWorked, r.WhatDidNot, r.WhatNext, readiness, principles, skills);
    }

    public static LeadershipValues ToValues(this LeadershipRequest r) => new(
        r.VolunteersWhoAreOrWereServiceUsers, r.ChairHasDisability, r.CeoHasDisability,
        r.TrusteesWithLivedExperience, r.StaffWithLivedExperience, r.LivedExperienceOnEveryInterviewPanel);

    public static MilestoneResponse ToResponse(this Milestone m) => new(m.Id, m.Title, m.PlannedDate, m.DoneDate);

    public static BarrierResponse ToResponse(this Barrier b) => new(b.Id, b.Kind, b.Description, b.Mitigation, b.Status);

    public static CheckInResponse ToResponse(this CheckIn c)
    {
        ReadinessAnswerResponse A(ReadinessQuestion q) => new(c.Readiness[q].Answer, c.Readiness[q].Words);
        return new CheckInResponse(c.Id, c.RecordedAt, c.HeldOn, c.WhatWorked, c.WhatDidNot, c.WhatNext,
            new ReadinessAnswersResponse(A(ReadinessQuestion.Why), A(ReadinessQuestion.WhatToAchieve),
                A(ReadinessQuestion.AccountableToLivedExperience), A(ReadinessQuestion.ParticipantExperienceUnderstood),
                A(ReadinessQuestion.SupportAndSafeguarding), A(ReadinessQuestion.BoardBuyIn)),
            new PrincipleRatingsResponse(c.Principles[Principle.Equality], c.Principles[Principle.Diversity],
                c.Principles[Principle.Access], c.Principles[Principle.Reciprocity]),
            new SkillsResponse(c.Skills?.Needed, [.. (c.Skills?.Gaps ?? []).Select(g => new SkillGapResponse(g.Kind, g.Text, g.PlanLineId))]));
    }

    public static CheckInResponse ToResponse(this CheckInView v) => v.CheckIn.ToResponse() with
    {
        ParticipantsSay = new ParticipantsSayResponse(v.ParticipantsSay.Answered,
            v.ParticipantsSay.Principles?.ToDictionary(p => p.Key, p => new PrincipleTallyResponse(p.Value.Mean, p.Value.Counts)),
            v.ParticipantsSay.Benefits, v.ParticipantsSay.Comments),
    };

    public static LeadershipResponse ToResponse(this LeadershipView v) => new(
        [.. v.Indicators.Select(i => new IndicatorResponse(i.Indicator, i.Unit, i.Value, i.Answer,
            i.NationalBenchmark is { } b ? new NationalBenchmarkResponse(b.Percent, b.Description) : null))],
        v.RecordedAt);

    public static ProgressResponse ToResponse(this ProgressView p) => new(
        p.From,
        p.To,
        [.. p.RungChanges.Select(c => new RungChangeResponse(c.WorkstreamId, c.WorkstreamTitle, c.ActivityKind, c.From, c.To))],
        [.. p.MilestonesMet.Select(m => new MilestoneMetResponse(m.WorkstreamId, m.WorkstreamTitle, m.Milestone.Id, m.Milestone.Title,
            m.Milestone.PlannedDate, m.Milestone.DoneDate!.Value))],
        [.. p.BarriersOvercome.Select(b => new BarrierOvercomeResponse(b.WorkstreamId, b.WorkstreamTitle, b.Barrier.Id, b.Barrier.Kind,
            b.Barrier.Description, b.Barrier.Mitigation))],
        [.. p.CheckIns.Select(ToResponse)],
        [.. p.EvidenceAdded.Select(e => new EvidenceAddedResponse(e.EvidenceId, e.WorkstreamId, e.Kind, e.Title, e.RecordedAt))],
        p.FundingSecuredPence,
        new ParticipantsTookPartResponse(p.Participants.TookPart, p.Participants.FirstTime, p.Participants.SeldomHeardGroupsReached));

    public static AuditEntryResponse ToResponse(this AuditEntry e) => new(e.At, e.Actor, e.Action, e.What, e.Version, e.FunderOrgId, e.RoundId);
}
