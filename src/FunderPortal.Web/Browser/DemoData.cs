
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Rounds;

namespace FunderPortal.Web.Browser;

/// <summary>
/// A small, realistic portal for a newcomer, loaded through the same grain calls people make: two charities at
/// different points of their journey, a funder with a portfolio and a grant, and a grant round in Scoring. Each part is
/// loaded only when it is not there yet, so loading twice changes nothing.
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

    public async Task<bool> IsLoadedAsync() =>
        await grains.GetGrain<IFunderGrain>(FunderOrgId).IsRegisteredAsync() && await RoundExistsAsync();

    public async Task LoadAsync()
    {
        var today = clock.Today();
        await FunderAsync();
        var hopeLines = await HopeStreetAsync(today);
        await RiversideAsync(today);
        await GrantAndPledgeAsync(today, hopeLines);
        await RoundAsync(today);
    }

    private async Task FunderAsync()
    {
        var funder = grains.GetGrain<IFunderGrain>(FunderOrgId);
        if (await funder.IsRegisteredAsync())
            return;
        await funder.RegisterAsync(new RegisterFunder(FunderOrgId, "Northern Lights Community Trust", FunderType.Trust, "360G-demo-nlct"), FunderUser);
        await funder.AddProgrammeAsync(new ProgrammeDetails("Growing together", "Funding the time, skills and payments co-production needs."), FunderUser);
    }

    /// <summary>Further along: two workstreams, paid peer facilitators, attested evidence, a check-in, a funded plan.</summary>
    private async Task<IReadOnlyList<ResourcingLineView>> HopeStreetAsync(DateOnly today)
    {
        var charity = grains.GetGrain<ICharityGrain>(HopeStreetOrgId);
        if (await IsMemberAsync(charity))
            return await charity.GetResourcingLinesAsync(CharityUser);

        await charity.RegisterAsync(new RegisterCharity(HopeStreetOrgId, "Hope Street Peer Support", SizeBand.Small, ["Leeds"], ["Mental health"],
            "People who use our groups shape and lead them: we plan, run and review them together, and pay people for their time."), CharityUser);

        var groups = await charity.StartWorkstreamAsync(new StartWorkstream("Peer support groups",
            "Weekly groups led by people with lived experience of mental ill health.",
            "More people feel heard and able to lead.", "Paid facilitation experience and a say in how groups run."), CharityUser);
        await SetRungsAsync(charity, groups.Id, (ActivityKind.CoDesign, LadderRung.CoDesign, LadderRung.CoProduction),
            (ActivityKind.CoDecision, LadderRung.Consultation, LadderRung.CoDesign),
            (ActivityKind.CoDelivery, LadderRung.CoProduction, LadderRung.CoProduction),
            (ActivityKind.CoEvaluation, LadderRung.Engagement, LadderRung.CoDesign));
        await charity.RecordParticipantsAsync(groups.Id, new RecordParticipants(14, [SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Unaffiliated],
            ["Peer facilitator", "Group co-lead"]), CharityUser);
        await charity.SetPracticesAsync(groups.Id, ActivityKind.CoDelivery, ["Peer mentoring", "Leading groups"], CharityUser);
        await charity.PlanMilestoneAsync(groups.Id, new MilestoneDetails("Train six peer facilitators", today.AddMonths(-5), today.AddMonths(-4)), CharityUser);
        await charity.PlanMilestoneAsync(groups.Id, new MilestoneDetails("Design the spring programme together", today.AddMonths(3), null), CharityUser);
        await charity.RecordBarrierAsync(groups.Id, new BarrierDetails(BarrierKind.TimeResourcesSkills,
            "Facilitators gave their time unpaid.", "Pay facilitators at the staff rate from the plan.", BarrierStatus.Mitigating), CharityUser);
        await charity.RecordBarrierAsync(groups.Id, new BarrierDetails(BarrierKind.PowerImbalance,
            "Staff chaired every meeting.", "Facilitators now chair in turn.", BarrierStatus.Overcome), CharityUser);

        var board = await charity.StartWorkstreamAsync(new StartWorkstream("Service user advisory board",
            "A board of people who use our services that advises the trustees.", "Decisions that reflect what people need.", null), CharityUser);
        await SetRungsAsync(charity, board.Id, (ActivityKind.CoDecision, LadderRung.Consultation, LadderRung.CoProduction),
            (ActivityKind.CoEvaluation, LadderRung.Informing, LadderRung.Engagement));
        await charity.PlanMilestoneAsync(board.Id, new MilestoneDetails("Two board members join the interview panel", today.AddMonths(2), null), CharityUser);
        await charity.RecordBarrierAsync(board.Id, new BarrierDetails(BarrierKind.LackOfUnderstanding,
            "Trustees are unsure what the board can decide.", "A joint session to agree the board's remit.", BarrierStatus.Open), CharityUser);

        await charity.RecordCheckInAsync(new RecordCheckIn(today.AddDays(-20),
            "Paying facilitators made people stay.", "Evening sessions clashed with caring duties.", "Try daytime sessions in spring.",
            Enum.GetValues<ReadinessQuestion>().ToDictionary(q => q, q => new ReadinessResponse(
                q == ReadinessQuestion.BoardBuyIn ? ReadinessAnswer.Partly : ReadinessAnswer.Yes, null)),
            Enum.GetValues<Principle>().ToDictionary(p => p, p => p == Principle.Diversity ? 3 : 4)), CharityUser);

        var year = new DateOnly(today.Year, 1, 1);
        await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.ParticipantPayment, "Paying peer facilitators",
            6, "facilitator", 90_000, year, year.AddYears(1).AddDays(-1), groups.Id, Hours: 60, HourlyRatePence: 1_500, SameRateAsStaff: true), CharityUser);
        await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.Accessibility, "British Sign Language interpreters",
            12, "session", 25_000, year, year.AddYears(1).AddDays(-1), groups.Id, Support: "Interpreters"), CharityUser);
        var training = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.TrainingAndSkills,
            "Facilitation training", 1, "course", 150_000, year, year.AddYears(1).AddDays(-1), groups.Id), CharityUser);
        await charity.RecordLineFundingAsync(training.Id, new FundingDetails(FundingKind.SelfFunded, 50_000, Note: "From reserves"), CharityUser);
        await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator, one day a week",
            52, "day", 16_000, year, year.AddYears(1).AddDays(-1), board.Id), CharityUser);

        var consent = new Consent(ConsentScope.SharedWithFunders, null);
        var trainingRecord = await charity.RecordEvidenceAsync(new EvidenceInput(EvidenceKind.TrainingRecord, "Six facilitators trained and paid",
            "Six people who use our groups finished facilitation training. They now lead the Tuesday and Thursday groups and are paid £15 an hour.",
            groups.Id, ActivityKind.CoDelivery, LadderRung.CoProduction, null, null, Visibility.SharedWithFunders, Sensitivity.Standard, consent, null),
            CharityUser);
        var links = await charity.RequestAttestationsAsync(trainingRecord.Id, ["p-1", "p-2", "p-3"], CharityUser);
        await charity.AnswerAttestationAsync(links[0].Token, AttestationStance.Agree, null);
        await charity.AnswerAttestationAsync(links[1].Token, AttestationStance.AgreeWithComment, "Being paid the same as staff made me feel valued.");

        var evenings = await charity.RecordEvidenceAsync(new EvidenceInput(EvidenceKind.YouSaidWeDid, "You said evenings are hard; we added daytime groups",
            "Members told us evening groups clash with caring. We added a Wednesday morning group.",
            groups.Id, ActivityKind.CoDesign, LadderRung.CoDesign, null, null, Visibility.SharedWithFunders, Sensitivity.Standard, consent, null),
            CharityUser);
        var evenLinks = await charity.RequestAttestationsAsync(evenings.Id, ["p-4", "p-5"], CharityUser);
        await charity.AnswerAttestationAsync(evenLinks[0].Token, AttestationStance.DisagreeWithComment,
            "The morning group is only once a month, so it does not help me yet.");

        await charity.ShareAsync(FunderOrgId, [ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence], clock.UtcNow.AddYears(1), CharityUser);
        return await charity.GetResourcingLinesAsync(CharityUser);
    }

    /// <summary>Early on: one workstream mostly consulting, an open barrier, an unfunded plan.</summary>
    private async Task RiversideAsync(DateOnly today)
    {
        var charity = grains.GetGrain<ICharityGrain>(RiversideOrgId);
        if (await IsMemberAsync(charity))
            return;
        await charity.RegisterAsync(new RegisterCharity(RiversideOrgId, "Riverside Carers Network", SizeBand.Micro, ["Dundee"], ["Unpaid carers"],
            "We are starting to ask carers to shape what we do, not only to tell us what they think."), CharityUser);
        var voice = await charity.StartWorkstreamAsync(new StartWorkstream("Carers' voice in planning",
            "Carers help plan next year's services.", "Services carers can actually use.", null), CharityUser);
        await SetRungsAsync(charity, voice.Id, (ActivityKind.CoDesign, LadderRung.Consultation, LadderRung.CoDesign),
            (ActivityKind.CoDecision, LadderRung.Informing, LadderRung.Engagement));
        await charity.RecordParticipantsAsync(voice.Id, new RecordParticipants(5, [SeldomHeardGroup.OlderPeopleHighCareNeeds], ["Planning group member"]),
            CharityUser);
        await charity.PlanMilestoneAsync(voice.Id, new MilestoneDetails("First planning workshop with carers", today.AddMonths(1), null), CharityUser);
        await charity.RecordBarrierAsync(voice.Id, new BarrierDetails(BarrierKind.LackOfEngagement,
            "Carers cannot get away to come to meetings.", "Pay for respite care so carers can take part.", BarrierStatus.Open), CharityUser);
        var year = new DateOnly(today.Year, 1, 1);
        await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.Accessibility, "Respite care during workshops",
            4, "workshop", 12_000, year, year.AddYears(1).AddDays(-1), voice.Id, Support: "Respite care"), CharityUser);
        await charity.ShareAsync(FunderOrgId, [ShareScope.Journey, ShareScope.Resourcing], null, CharityUser);
    }

    private async Task GrantAndPledgeAsync(DateOnly today, IReadOnlyList<ResourcingLineView> hopeLines)
    {
        var funder = grains.GetGrain<IFunderGrain>(FunderOrgId);
        if ((await funder.GetGrantsAsync(FunderUser)).Count > 0)
            return;
        await funder.RecordGrantAsync(new RecordGrant(HopeStreetOrgId, null, "Peer facilitation, year one",
            "Core funding so facilitators are paid for their time.", 1_200_000, today.AddDays(-30), today, today.AddYears(2).AddDays(-1),
            GrantType.Development, null, [], []), FunderUser);
        if (hopeLines.FirstOrDefault(l => l.Terms.Category == ResourcingCategory.Accessibility) is { } interpreters)
            await funder.OfferPledgeAsync(HopeStreetOrgId, interpreters.Id, 150_000, "Towards interpreters for the first six sessions.", FunderUser);
        await funder.GiveFeedbackAsync(new GiveFeedback(HopeStreetOrgId, FeedbackKind.SupportOffer,
            "We can introduce you to another charity that pays participants through a payroll bureau."), FunderUser);
    }

    /// <summary>In Scoring, with two applications; two panellists have scored, the demo panellist has not yet.</summary>
    private async Task RoundAsync(DateOnly today)
    {
        if (await RoundExistsAsync())
            return;
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

        await round.MoveToAsync(RoundPhase.Open, FunderUser);
        var eligible = new Dictionary<string, bool> { ["q1"] = true };
        var hope = await round.SubmitApplicationAsync(new SubmitApplication(HopeStreetOrgId, 2_000_000,
            "Pay and train more peer facilitators, and let them run the groups' budget.", eligible, true), CharityUser);
        var riverside = await round.SubmitApplicationAsync(new SubmitApplication(RiversideOrgId, 900_000,
            "Respite care so carers can plan services with us.", eligible, true), CharityUser);
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

    private static async Task<bool> IsMemberAsync(ICharityGrain charity) => await charity.GetMemberRoleAsync(CharityUser) is not null;

    private static async Task SetRungsAsync(ICharityGrain charity, string workstreamId, params (ActivityKind Kind, LadderRung Current, LadderRung Target)[] rungs)
    {
        foreach (var (kind, current, target) in rungs)
            await charity.SetRungsAsync(workstreamId, kind, new RungPair(current, target), CharityUser);
    }
}
