using System.Globalization;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Benchmarks.Reports;

/// <summary>
/// A charity with two years of history and the funder whose grant began with it, written into a fresh database in this
/// process before the host starts on it: only the product's own clock can write a past instant, so the history is laid
/// down through the same decisions and event streams a grain uses, with a clock that walks the two years week by week.
/// Every week the charity moves a rung, plans and meets milestones, meets and overcomes barriers, funds its plan and
/// records evidence that participants answer (with comments, a third disagreeing); a check-in every quarter and its
/// leadership every half year. It shares everything with the funder from the first day.
/// </summary>
internal static class TwoYearHistory
{
    public const string CharityOrgId = "GB-CHC-8100001";
    public const string FunderOrgId = "GB-CHC-8100002";
    public const int Weeks = 104;
    private const string Actor = "bench";
    private static readonly ActivityKind[] Kinds = Enum.GetValues<ActivityKind>();
    private static readonly LadderRung[] Rungs = [LadderRung.Informing, LadderRung.Consultation, LadderRung.Engagement, LadderRung.CoDesign, LadderRung.CoProduction];

    /// <summary>What was written: the charity's events, the grant's id and the day the grant (and the history) began.</summary>
    public sealed record Written(long CharityEvents, string GrantId, DateOnly Began);

    /// <summary>Writes the history into <paramref name="databaseFile"/>; <paramref name="perWeek"/> rounds of changes each week.</summary>
    public static async Task<Written> WriteAsync(string databaseFile, int perWeek, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var began = now.AddDays(-7 * Weeks - 1);
        var clock = new TestClock(began);
        await using var store = new SqliteEventStore(databaseFile, NullLogger<SqliteEventStore>.Instance);
        var charity = new EventSourcedState<CharityState, CharityEvent>(StreamIds.Charity(CharityOrgId), CharityState.SnapshotSchema, store, clock, NullLogger.Instance);
        var funder = new EventSourcedState<FunderState, FunderEvent>(StreamIds.Funder(FunderOrgId), FunderState.SnapshotSchema, store, clock, NullLogger.Instance);
        DateOnly Today() => DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        Task Charity(Func<CharityState, IReadOnlyList<CharityEvent>> decide) => charity.AppendAsync(decide(charity.State), Actor);

        await funder.AppendAsync(FunderDecisions.Register(funder.State, FunderOrgId, new RegisterFunder(FunderOrgId, "Bench Trust", FunderType.Trust, null), Actor), Actor);
        await Charity(s => CharityDecisions.Register(s, CharityOrgId, new RegisterCharity(CharityOrgId, "Two Years Peer Support", SizeBand.Small, ["Leeds"], ["Mental health"], null), Actor));
        string[] workstreams = ["peer-groups", "advisory-board", "evaluation"];
        foreach (var id in workstreams)
            await Charity(s => CharityDecisions.StartWorkstream(s, id, new StartWorkstream($"Workstream {id}", null, null, null)));
        foreach (var id in workstreams)
            await Charity(s => CharityDecisions.RecordParticipants(s, id, new RecordParticipants(8, [SeldomHeardGroup.Homeless], ["Co-lead"])));
        string[] lines = ["pay", "access", "training", "staff"];
        var year = Today();
        await Charity(s => CharityDecisions.PlanResourcingLine(s, "pay", new ResourcingLineDetails(ResourcingCategory.ParticipantPayment, "Paying co-leads",
            400, "hours", 1_500, year, year.AddYears(2), "peer-groups", Hours: 400, HourlyRatePence: 1_500, SameRateAsStaff: true)));
        await Charity(s => CharityDecisions.PlanResourcingLine(s, "access", new ResourcingLineDetails(ResourcingCategory.Accessibility, "Interpreters",
            40, "sessions", 25_000, year, year.AddYears(2), "peer-groups", Support: "Interpreters")));
        await Charity(s => CharityDecisions.PlanResourcingLine(s, "training", new ResourcingLineDetails(ResourcingCategory.TrainingAndSkills, "Facilitation training",
            4, "courses", 150_000, year, year.AddYears(2), "advisory-board")));
        await Charity(s => CharityDecisions.PlanResourcingLine(s, "staff", new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator",
            104, "days", 16_000, year, year.AddYears(2), "evaluation")));
        await Charity(s => CharityDecisions.Share(s, "share", FunderOrgId, [ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence], null, clock.UtcNow));
        await funder.AppendAsync(FunderDecisions.RecordGrant(funder.State, "1", new RecordGrant(CharityOrgId, "Two Years Peer Support", "Two years of paid co-production",
            "Paying co-leads and interpreters", 12_000_000, year, year, year.AddYears(2), GrantType.Development, null, ["pay", "access"], []), year), Actor);

        for (var week = 0; week < Weeks; week++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Advance(TimeSpan.FromDays(7));
            for (var round = 0; round < perWeek; round++)
            {
                var n = (week * perWeek) + round;
                var ws = workstreams[n % workstreams.Length];
                var kind = Kinds[n % Kinds.Length];
                await Charity(s => CharityDecisions.SetRungs(s, ws, kind, new RungPair(Rungs[(n / Kinds.Length + week / 26) % Rungs.Length], LadderRung.CoProduction)));
                var milestone = $"m-{n}";
                await Charity(s => CharityDecisions.PlanMilestone(s, ws, milestone, new MilestoneDetails($"Milestone {n}", Today(), null), Today()));
                await Charity(s => CharityDecisions.UpdateMilestone(s, ws, milestone, new MilestoneDetails($"Milestone {n}", Today(), Today()), Today()));
                var barrier = $"b-{n}";
                await Charity(s => CharityDecisions.RecordBarrier(s, ws, barrier, new BarrierDetails(BarrierKind.TimeResourcesSkills, $"Barrier {n}", "A plan", BarrierStatus.Open)));
                await Charity(s => CharityDecisions.UpdateBarrier(s, ws, barrier, new BarrierDetails(BarrierKind.TimeResourcesSkills, $"Barrier {n}", "A plan", BarrierStatus.Overcome)));
                await Charity(s => CharityDecisions.RecordLineFunding(s, lines[n % lines.Length], $"f-{n}", new FundingDetails(FundingKind.SelfFunded, 1_000)));
                await EvidenceAsync(charity, n, ws, kind, clock, Today());
            }
            if (week % 13 == 12)
                await Charity(s => CharityDecisions.RecordCheckIn(s, $"c-{week}", CheckIn(Today()), Today()));
            if (week % 26 == 0)
                await Charity(s => CharityDecisions.RecordLeadership(s, new LeadershipValues(40 + week / 4, week > 52, false, 2 + week / 52, 3, week > 26)));
        }
        return new Written(charity.State.Version, "1", year);
    }

    /// <summary>An item shared with funders, three participants asked; two agree (one in words), one disagrees in words.</summary>
    private static async Task EvidenceAsync(EventSourcedState<CharityState, CharityEvent> charity, int n, string ws, ActivityKind kind, TestClock clock, DateOnly today)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"e-{n}");
        await charity.AppendAsync(CharityDecisions.RecordEvidence(charity.State, id, new EvidenceInput(EvidenceKind.MeetingNote, $"Meeting {n}",
            "What we decided together.", ws, kind, LadderRung.Engagement, null, null, Visibility.SharedWithFunders, Sensitivity.Standard,
            new Consent(ConsentScope.SharedWithFunders, null), null), today), Actor);
        string[] participants = ["p-1", "p-2", "p-3"];
        await charity.AppendAsync(CharityDecisions.RequestAttestations(charity.State, id, participants, [.. participants.Select(p => $"{id}-{p}")],
            clock.UtcNow.AddDays(30)), Actor);
        await charity.AppendAsync(CharityDecisions.AnswerAttestation(charity.State, $"{id}-p-1", AttestationStance.Agree, null, clock.UtcNow), "participant:p-1");
        await charity.AppendAsync(CharityDecisions.AnswerAttestation(charity.State, $"{id}-p-2", AttestationStance.AgreeWithComment,
            $"We really did decide {n} together.", clock.UtcNow), "participant:p-2");
        await charity.AppendAsync(CharityDecisions.AnswerAttestation(charity.State, $"{id}-p-3", AttestationStance.DisagreeWithComment,
            $"Staff spoke most at meeting {n}.", clock.UtcNow), "participant:p-3");
    }

    private static RecordCheckIn CheckIn(DateOnly heldOn) => new(heldOn, "Paying people made them stay.", "Evenings.", "Try mornings.",
        Enum.GetValues<ReadinessQuestion>().ToDictionary(q => q, _ => new ReadinessResponse(ReadinessAnswer.Partly, null)),
        Enum.GetValues<Principle>().ToDictionary(p => p, _ => 4));
}
