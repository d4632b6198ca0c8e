
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Rounds;

namespace FunderPortal.Web.Browser;

/// <summary>
/// A small, realistic portal for a newcomer, loaded through the same grain calls people make: two charities at
/// different points of their journey, a funder with a portfolio and a grant, and a grant round in Scoring. The first
/// charity has thirteen months of history (quarterly check-ins, rungs climbing, a barrier opened and later overcome,
/// evidence attested, a grant and its report acknowledged): the product's own clock travels back and steps forward to lay it down
/// (<see cref="TravellingClock"/>), which is why the demo loads only into an empty portal.
/// </summary>
public sealed class DemoData(IGrainFactory grains, IClock clock)
{
    public const string CharityUser = "demo-charity";
    public const string FunderUser = "demo-funder";
    public const string PanellistUser = "demo-panellist";

    public const string FunderOrgId = "GB-CHC-9000001";
    public const string HopeStreetOrgId = "GB-CHC-9000002";
    public const string RiversideOrgId = "GB-SC-SC900003";

    /// <summary>Round ids are the caller's choice of 32 hex digits; a fixed one makes the demo round easy to find again.</summary>
    public const string RoundId = "de300000000000000000000000000001";

    /// <summary>How far back the first charity's history starts.</summary>
    public const int MonthsOfHistory = 13;

    private static readonly Consent SharedWithFunders = new(ConsentScope.SharedWithFunders, null);

    private DateOnly _present;
    private DateOnly _day;

    public async Task<bool> IsLoadedAsync() =>
        await grains.GetGrain<IFunderGrain>(FunderOrgId).IsRegisteredAsync() && await RoundExistsAsync();

    /// <summary>
    /// Lays the demo down, oldest first, each step at its own day. With a <see cref="TravellingClock"/> the steps are
    /// recorded at those days; with any other clock (tests that fix "now") they are all recorded now, with the same dates.
    /// </summary>
    public async Task LoadAsync()
    {
        _present = clock.Today();
        try
        {
            await HistoryAsync();
        }
        finally
        {
            (clock as TravellingClock)?.ReturnToPresent();
        }
    }

    private async Task HistoryAsync()
    {
        var hope = grains.GetGrain<ICharityGrain>(HopeStreetOrgId);
        var funder = grains.GetGrain<IFunderGrain>(FunderOrgId);

        await AtAsync(MonthsAgo(13));
        await funder.RegisterAsync(new RegisterFunder(FunderOrgId, "Northern Lights Community Trust", FunderType.Trust, "360G-demo-nlct"), FunderUser);
        await funder.AddProgrammeAsync(new ProgrammeDetails("Growing together", "Funding the time, skills and payments co-production needs."), FunderUser);
        await hope.RegisterAsync(new RegisterCharity(HopeStreetOrgId, "Hope Street Peer Support", SizeBand.Small, ["Leeds"], ["Mental health"],
            "People who use our groups shape and lead them: we plan, run and review them together, and pay people for their time."), CharityUser);
        var groups = await hope.StartWorkstreamAsync(new StartWorkstream("Peer support groups",
            "Weekly groups led by people with lived experience of mental ill health.",
            "More people feel heard and able to lead.", "Paid facilitation experience and a say in how groups run."), CharityUser);
        await SetRungsAsync(hope, groups.Id, (ActivityKind.CoDesign, LadderRung.Consultation, LadderRung.CoProduction),
            (ActivityKind.CoDecision, LadderRung.Informing, LadderRung.CoDesign),
            (ActivityKind.CoDelivery, LadderRung.Engagement, LadderRung.CoProduction),
            (ActivityKind.CoEvaluation, LadderRung.Informing, LadderRung.CoDesign));
        await hope.RecordParticipantsAsync(groups.Id, new RecordParticipants(6, [SeldomHeardGroup.Unaffiliated], ["Group member"]), CharityUser);
        var unpaid = await hope.RecordBarrierAsync(groups.Id, new BarrierDetails(BarrierKind.TimeResourcesSkills,
            "Facilitators gave their time unpaid.", null, BarrierStatus.Open), CharityUser);
        var chairing = await hope.RecordBarrierAsync(groups.Id, new BarrierDetails(BarrierKind.PowerImbalance,
            "Staff chaired every meeting.", null, BarrierStatus.Open), CharityUser);
        var training = await hope.PlanMilestoneAsync(groups.Id,
            new MilestoneDetails("Train six peer facilitators", MonthsAgo(5), null), CharityUser);
        await hope.ShareAsync(FunderOrgId, [ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence],
            Start(_present.AddYears(1)), CharityUser);

        await AtAsync(MonthsAgo(12));
        await CheckInAsync(hope, "People came back week after week.", "Staff still made every decision.",
            "Ask members who would like to train as facilitators.", ReadinessAnswer.No, 2, 2);

        await AtAsync(MonthsAgo(11));
        var lines = await PlanAsync(hope, groups.Id);

        await AtAsync(MonthsAgo(10));
        var grantStart = MonthsAgo(10);
        var grant = await funder.RecordGrantAsync(new RecordGrant(HopeStreetOrgId, null, "Peer facilitation, year one",
            "Core funding so facilitators are paid for their time.", 1_200_000, grantStart, grantStart, grantStart.AddYears(2).AddDays(-1),
            GrantType.Development, null, [lines.Payments], [groups.Id]), FunderUser);

        await AtAsync(MonthsAgo(9));
        await CheckInAsync(hope, "Two members trained as facilitators.", "Evening sessions clash with caring duties.",
            "Facilitators chair meetings in turn.", ReadinessAnswer.Partly, 3, 2);
        await SetRungsAsync(hope, groups.Id, (ActivityKind.CoDesign, LadderRung.Engagement, LadderRung.CoProduction));
        await hope.UpdateBarrierAsync(groups.Id, chairing.Id, new BarrierDetails(BarrierKind.PowerImbalance,
            "Staff chaired every meeting.", "Facilitators now chair in turn.", BarrierStatus.Mitigating), CharityUser);
        await hope.RecordParticipantsAsync(groups.Id, new RecordParticipants(9, [SeldomHeardGroup.Unaffiliated],
            ["Group member", "Peer facilitator"]), CharityUser);

        await AtAsync(MonthsAgo(8));
        await SetRungsAsync(hope, groups.Id, (ActivityKind.CoDelivery, LadderRung.CoDesign, LadderRung.CoProduction));
        var board = await hope.StartWorkstreamAsync(new StartWorkstream("Service user advisory board",
            "A board of people who use our services that advises the trustees.", "Decisions that reflect what people need.", null), CharityUser);
        await SetRungsAsync(hope, board.Id, (ActivityKind.CoDecision, LadderRung.Informing, LadderRung.CoProduction),
            (ActivityKind.CoEvaluation, LadderRung.Informing, LadderRung.Engagement));
        await hope.RecordBarrierAsync(board.Id, new BarrierDetails(BarrierKind.LackOfUnderstanding,
            "Trustees are unsure what the board can decide.", "A joint session to agree the board's remit.", BarrierStatus.Open), CharityUser);

        await AtAsync(MonthsAgo(6));
        await CheckInAsync(hope, "Facilitators chair the groups now.", "The board still only hears about decisions afterwards.",
            "Invite board members onto the interview panel.", ReadinessAnswer.Partly, 3, 3);
        await SetRungsAsync(hope, groups.Id, (ActivityKind.CoDecision, LadderRung.Consultation, LadderRung.CoDesign),
            (ActivityKind.CoEvaluation, LadderRung.Engagement, LadderRung.CoDesign));
        await SetRungsAsync(hope, board.Id, (ActivityKind.CoDecision, LadderRung.Consultation, LadderRung.CoProduction));
        await hope.UpdateBarrierAsync(groups.Id, chairing.Id, new BarrierDetails(BarrierKind.PowerImbalance,
            "Staff chaired every meeting.", "Facilitators now chair in turn.", BarrierStatus.Overcome), CharityUser);
        await hope.RecordLeadershipAsync(new LeadershipValues(72, false, true, 2, 3, false), CharityUser);

        await AtAsync(MonthsAgo(4));
        await hope.UpdateMilestoneAsync(groups.Id, training.Id,
            new MilestoneDetails("Train six peer facilitators", MonthsAgo(5), _present.AddMonths(-4)), CharityUser);
        await SetRungsAsync(hope, groups.Id, (ActivityKind.CoDelivery, LadderRung.CoProduction, LadderRung.CoProduction));
        await hope.RecordParticipantsAsync(groups.Id, new RecordParticipants(14, [SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Unaffiliated],
            ["Peer facilitator", "Group co-lead"]), CharityUser);
        await hope.SetPracticesAsync(groups.Id, ActivityKind.CoDelivery, ["Peer mentoring", "Leading groups"], CharityUser);
        await hope.UpdateBarrierAsync(groups.Id, unpaid.Id, new BarrierDetails(BarrierKind.TimeResourcesSkills,
            "Facilitators gave their time unpaid.", "Pay facilitators at the staff rate from the plan.", BarrierStatus.Mitigating), CharityUser);
        var trainingRecord = await hope.RecordEvidenceAsync(new EvidenceInput(EvidenceKind.TrainingRecord, "Six facilitators trained and paid",
            "Six people who use our groups finished facilitation training. They now lead the Tuesday and Thursday groups and are paid £15 an hour.",
            groups.Id, ActivityKind.CoDelivery, LadderRung.CoProduction, training.Id, null, Visibility.SharedWithFunders, Sensitivity.Standard,
            SharedWithFunders, null), CharityUser);
        var links = await hope.RequestAttestationsAsync(trainingRecord.Id, ["p-1", "p-2", "p-3"], CharityUser);
        await hope.AnswerAttestationAsync(links[0].Token!, AttestationStance.Agree, null);
        await hope.AnswerAttestationAsync(links[1].Token!, AttestationStance.AgreeWithComment, "Being paid the same as staff made me feel valued.");

        await AtAsync(MonthsAgo(3));
        await CheckInAsync(hope, "Paid facilitators stayed on.", "Evening sessions still clash with caring duties.",
            "Add a daytime group.", ReadinessAnswer.Yes, 4, 3);
        await SetRungsAsync(hope, groups.Id, (ActivityKind.CoDesign, LadderRung.CoDesign, LadderRung.CoProduction));
        var evenings = await hope.RecordEvidenceAsync(new EvidenceInput(EvidenceKind.YouSaidWeDid, "You said evenings are hard; we added daytime groups",
            "Members told us evening groups clash with caring. We added a Wednesday morning group.",
            groups.Id, ActivityKind.CoDesign, LadderRung.CoDesign, null, null, Visibility.SharedWithFunders, Sensitivity.Standard,
            SharedWithFunders, null), CharityUser);
        var evenLinks = await hope.RequestAttestationsAsync(evenings.Id, ["p-4", "p-5"], CharityUser);
        await hope.AnswerAttestationAsync(evenLinks[0].Token!, AttestationStance.DisagreeWithComment,
            "The morning group is only once a month, so it does not help me yet.");
        await RiversideAsync();

        await AtAsync(MonthsAgo(2));
        await hope.PlanMilestoneAsync(groups.Id, new MilestoneDetails("Design the spring programme together", _present.AddMonths(3), null), CharityUser);
        await hope.PlanMilestoneAsync(board.Id, new MilestoneDetails("Two board members join the interview panel", _present.AddMonths(2), null), CharityUser);

        await AtAsync(_present.AddDays(-50));
        await funder.OfferPledgeAsync(HopeStreetOrgId, lines.Interpreters, 150_000, "Towards interpreters for the first six sessions.", FunderUser);
        await funder.GiveFeedbackAsync(new GiveFeedback(HopeStreetOrgId, FeedbackKind.SupportOffer,
            "We can introduce you to another charity that pays participants through a payroll bureau."), FunderUser);

        // The journey is the grant's report: the funder reads it and says thank you, instead of asking for a separate one.
        await AtAsync(_present.AddDays(-48));
        await funder.AcknowledgeGrantReportAsync(grant.Id, "Thank you. Seeing facilitators chair the groups, and what participants " +
            "said about being paid, is the report we need. Talk to us about the board's remit when you are ready.", FunderUser);

        await AtAsync(_present.AddDays(-45));
        await CheckInAsync(hope, "Paying facilitators made people stay.", "Evening sessions clashed with caring duties.",
            "Try daytime sessions in spring.", ReadinessAnswer.Yes, 4, 3);

        await RoundAsync();
    }

    private DateOnly MonthsAgo(int months) => _present.AddMonths(-months);

    /// <summary>10:00 UTC on that day: the instant a step of the history is recorded at.</summary>
    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    /// <summary>Moves the clock to <paramref name="day"/> (a travelling clock only), and lets notices of the last step land first.</summary>
    private async Task AtAsync(DateOnly day)
    {
        _day = day;
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        (clock as TravellingClock)?.TravelTo(Start(day));
    }

    private Task<CheckIn> CheckInAsync(ICharityGrain charity, string worked, string didNot, string next, ReadinessAnswer readiness, int rating, int diversity) =>
        charity.RecordCheckInAsync(new RecordCheckIn(_day, worked, didNot, next,
            Enum.GetValues<ReadinessQuestion>().ToDictionary(q => q, q => new ReadinessResponse(
                q == ReadinessQuestion.BoardBuyIn && readiness == ReadinessAnswer.Yes ? ReadinessAnswer.Partly : readiness, null)),
            Enum.GetValues<Principle>().ToDictionary(p => p, p => p == Principle.Diversity ? diversity : rating)), CharityUser);

    private sealed record DemoLines(string Payments, string Interpreters);

    /// <summary>This calendar year's plan: paid facilitators, interpreters, training (part self-funded) and a coordinator.</summary>
    private async Task<DemoLines> PlanAsync(ICharityGrain charity, string workstreamId)
    {
        var year = new DateOnly(_present.Year, 1, 1);
        var end = year.AddYears(1).AddDays(-1);
        var payments = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.ParticipantPayment, "Paying peer facilitators",
            6, "facilitator", 90_000, year, end, workstreamId, Hours: 60, HourlyRatePence: 1_500, SameRateAsStaff: true), CharityUser);
        var interpreters = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.Accessibility, "British Sign Language interpreters",
            12, "session", 25_000, year, end, workstreamId, Support: "Interpreters"), CharityUser);
        var training = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.TrainingAndSkills,
            "Facilitation training", 1, "course", 150_000, year, end, workstreamId), CharityUser);
        await charity.RecordLineFundingAsync(training.Id, new FundingDetails(FundingKind.SelfFunded, 50_000, Note: "From reserves"), CharityUser);
        await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator, one day a week",
            52, "day", 16_000, year, end, workstreamId), CharityUser);
        return new DemoLines(payments.Id, interpreters.Id);
    }

    /// <summary>Early on: one workstream mostly consulting, an open barrier, an unfunded plan.</summary>
    private async Task RiversideAsync()
    {
        var charity = grains.GetGrain<ICharityGrain>(RiversideOrgId);
        await charity.RegisterAsync(new RegisterCharity(RiversideOrgId, "Riverside Carers Network", SizeBand.Micro, ["Dundee"], ["Unpaid carers"],
            "We are starting to ask carers to shape what we do, not only to tell us what they think."), CharityUser);
        var voice = await charity.StartWorkstreamAsync(new StartWorkstream("Carers' voice in planning",
            "Carers help plan next year's services.", "Services carers can actually use.", null), CharityUser);
        await SetRungsAsync(charity, voice.Id, (ActivityKind.CoDesign, LadderRung.Consultation, LadderRung.CoDesign),
            (ActivityKind.CoDecision, LadderRung.Informing, LadderRung.Engagement));
        await charity.RecordParticipantsAsync(voice.Id, new RecordParticipants(5, [SeldomHeardGroup.OlderPeopleHighCareNeeds], ["Planning group member"]),
            CharityUser);
        await charity.PlanMilestoneAsync(voice.Id, new MilestoneDetails("First planning workshop with carers", _present.AddMonths(1), null), CharityUser);
        await charity.RecordBarrierAsync(voice.Id, new BarrierDetails(BarrierKind.LackOfEngagement,
            "Carers cannot get away to come to meetings.", "Pay for respite care so carers can take part.", BarrierStatus.Open), CharityUser);
        var year = new DateOnly(_present.Year, 1, 1);
        await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.Accessibility, "Respite care during workshops",
            4, "workshop", 12_000, year, year.AddYears(1).AddDays(-1), voice.Id, Support: "Respite care"), CharityUser);
        await charity.RecordLeadershipAsync(new LeadershipValues(40, null, false, 1, 0, false), CharityUser);
        await charity.ShareAsync(FunderOrgId, [ShareScope.Journey, ShareScope.Resourcing], null, CharityUser);
    }

    /// <summary>In Scoring, with two applications; two panellists have scored, the demo panellist has not yet.</summary>
    private async Task RoundAsync()
    {
        var today = _present;
        await AtAsync(today.AddDays(-40));
        var round = grains.GetGrain<IGrantRoundGrain>(RoundId);
        string[] fourPoints = ["Not at all", "A little", "Partly", "Mostly", "Completely"];
        await round.CreateAsync(FunderOrgId, new RoundDetails("Lived experience leadership fund", null, 6_000_000, 500_000, 2_500_000,
            new Timetable(today.AddDays(-30), today.AddDays(-7), today.AddDays(14), today.AddDays(30)),
            [new EligibilityQuestionInput("Are you a registered charity in the UK?", true)],
            [
                new CriterionInput("People with lived experience lead this work.", 2, 4, fourPoints),
                new CriterionInput("The money pays for people's time, support and access.", 1, 4, fourPoints),
            ],
            false, JudgingMode.Scoring, null, RankBy.Mean, 2_500), FunderUser);

        var invitation = await round.InviteAsync(null, FunderUser);
        await round.AcceptInvitationAsync(invitation.Token, PanellistUser, null);
        var others = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var link = await round.InviteAsync(null, FunderUser);
            var membership = await round.AcceptInvitationAsync(link.Token, null, null);
            others.Add(PanelSubjects.For(RoundId, membership.PanellistId));
        }

        await AtAsync(today.AddDays(-28));
        await round.MoveToAsync(RoundPhase.Open, FunderUser);
        var eligible = new Dictionary<string, bool> { ["q1"] = true };
        var hope = await round.SubmitApplicationAsync(new SubmitApplication(HopeStreetOrgId, 2_000_000,
            "Pay and train more peer facilitators, and let them run the groups' budget.", eligible, true), CharityUser);
        var riverside = await round.SubmitApplicationAsync(new SubmitApplication(RiversideOrgId, 900_000,
            "Respite care so carers can plan services with us.", eligible, true), CharityUser);
        await AtAsync(today.AddDays(-6));
        await round.MoveToAsync(RoundPhase.Scoring, FunderUser);

        var criteria = (await round.GetAsync(FunderUser)).Criteria;
        foreach (var (panellist, application, first, second) in new[]
        {
            (others[0], hope.Id, 4, 3), (others[0], riverside.Id, 1, 2),
            (others[1], hope.Id, 3, 3), (others[1], riverside.Id, 4, 4),
        })
        {
            await round.DeclareConflictAsync(application, new DeclareConflict(ConflictDeclaration.None, null), panellist);
            await round.SubmitScoresAsync(application, new SubmitScores(
                new Dictionary<string, int> { [criteria[0].Id] = first, [criteria[1].Id] = second }, null, null), panellist);
        }
    }

    private async Task<bool> RoundExistsAsync()
    {
        try
        {
            await grains.GetGrain<IGrantRoundGrain>(RoundId).GetAsync(FunderUser);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private static async Task SetRungsAsync(ICharityGrain charity, string workstreamId, params (ActivityKind Kind, LadderRung Current, LadderRung Target)[] rungs)
    {
        foreach (var (kind, current, target) in rungs)
            await charity.SetRungsAsync(workstreamId, kind, new RungPair(current, target), CharityUser);
    }
}
