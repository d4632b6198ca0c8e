using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ResourcingGrainTests(ClusterFixture fixture)
{
    private static readonly DateOnly Start = new(2026, 4, 1);
    private static readonly DateOnly End = new(2027, 3, 31);

    private static ResourcingLineDetails Staff(long quantity, long unitCostPence, string? workstreamId = null) =>
        new(ResourcingCategory.StaffTime, "Coordinator time", quantity, "days", unitCostPence, Start, End, workstreamId);

    private static ResourcingLineDetails Payment(long hours, long ratePence, string? workstreamId) =>
        new(ResourcingCategory.ParticipantPayment, "Panel members' time", hours, "hours", ratePence, Start, End, workstreamId,
            (int)hours, ratePence, SameRateAsStaff: true);

    private async Task<ICharityGrain> RegisteredAsync()
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(new RegisterCharity(orgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        return charity;
    }

    /// <summary>A pledge as a funder's route makes it, once the charity (alice) shares its plan with that funder.</summary>
    private async Task<Pledge> OfferAsync(ICharityGrain charity, string lineId, string funderOrgId, long amountPence, string? note, string by)
    {
        var funder = fixture.Grains.GetGrain<IFunderGrain>(funderOrgId);
        if (!await funder.IsRegisteredAsync())
            await funder.RegisterAsync(new RegisterFunder(funderOrgId, "Funder", null, null), by);
        if (!(await charity.GetSharesAsync("alice")).Any(s => s.FunderOrgId == funderOrgId))
            await charity.ShareAsync(funderOrgId, [ShareScope.Resourcing], null, "alice");
        return await charity.OfferPledgeAsync(lineId, Guid.NewGuid().ToString("n"), new FunderRef(funderOrgId, "Funder"), amountPence, note, by);
    }

    [Fact]
    public async Task ALinePlannedFundedAndPledgedAddsUpExactly()
    {
        var charity = await RegisteredAsync();
        var workstream = await charity.StartWorkstreamAsync(new StartWorkstream("Peer support", null, null, null), "alice");
        await charity.RecordParticipantsAsync(workstream.Id, new RecordParticipants(8, [], ["Peer mentor"]), "alice");

        var staff = await charity.PlanResourcingLineAsync(Staff(12, 18_333, workstream.Id), "alice"); // 219,996
        var payment = await charity.PlanResourcingLineAsync(Payment(40, 1_575, workstream.Id), "alice"); // 63,000
        await charity.RecordLineFundingAsync(staff.Id, new FundingDetails(FundingKind.SelfFunded, 19_996), "alice");
        await charity.RecordLineFundingAsync(staff.Id, new FundingDetails(FundingKind.Received, 100_000, "Trust A"), "alice");
        var pledge = await OfferAsync(charity, payment.Id, "GB-CHC-7000001", 63_000, "For the panel", "fiona");
        var declined = await OfferAsync(charity, staff.Id, "GB-CHC-7000002", 50_000, null, "gary");
        var accepted = await charity.AcceptPledgeAsync(payment.Id, pledge.Id, "alice");
        await charity.DeclinePledgeAsync(staff.Id, declined.Id, "alice");
        await OfferAsync(charity, staff.Id, "GB-CHC-7000003", 70_000, null, "hana");

        var summary = await charity.GetResourcingSummaryAsync(null, "alice");

        Assert.Equal(new ResourcingAmounts(63_000, 63_000, 0, 0), accepted.Amounts);
        Assert.Equal(PledgeStatus.Accepted, accepted.Pledges.Single().Status);
        Assert.Equal(new ResourcingAmounts(282_996, 182_996, 100_000, 70_000), summary.Plan);
        Assert.Equal(63_000, summary.ParticipantPaymentPence);
        Assert.Equal(2_226, summary.ParticipantShareBasisPoints); // 63,000 / 282,996 = 22.26…%
        Assert.Empty(summary.Warnings);
        Assert.Equal([staff.Id, payment.Id], (await charity.GetResourcingLinesAsync("alice")).Select(l => l.Id));
    }

    [Fact]
    public async Task ViewersReadThePlanButOnlyEditorsChangeItAndOthersCannotSeeIt()
    {
        var charity = await RegisteredAsync();
        await charity.SetMemberAsync("victor", MemberRole.Viewer, "alice");
        var line = await charity.PlanResourcingLineAsync(Staff(1, 1_000), "alice");
        var pledge = await OfferAsync(charity, line.Id, "GB-CHC-7000001", 500, null, "fiona");

        Assert.Equal(line.Id, (await charity.GetResourcingLineAsync(line.Id, "victor")).Id);
        Assert.Equal(1_000, (await charity.GetResourcingSummaryAsync(null, "victor")).Plan.TotalPence);
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.PlanResourcingLineAsync(Staff(1, 1_000), "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.ChangeResourcingLineAsync(line.Id, Staff(2, 1_000), "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.WithdrawResourcingLineAsync(line.Id, "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.RecordLineFundingAsync(line.Id, new FundingDetails(FundingKind.SelfFunded, 1), "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.AcceptPledgeAsync(line.Id, pledge.Id, "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.DeclinePledgeAsync(line.Id, pledge.Id, "victor"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetResourcingLinesAsync("mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetResourcingSummaryAsync(null, "mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.PlanResourcingLineAsync(Staff(1, 1_000), "mallory"));
    }

    [Fact]
    public async Task InvalidLinesCrossTheGrainBoundaryKeyedByFieldAndStoreNothing()
    {
        var charity = await RegisteredAsync();
        var before = (await charity.GetProfileAsync("alice")).Version;

        var overflow = await Assert.ThrowsAsync<DomainValidationException>(() =>
            charity.PlanResourcingLineAsync(Staff(10_000_000_000, 10_000_000_000), "alice"));
        var badPeriod = await Assert.ThrowsAsync<DomainValidationException>(() =>
            charity.PlanResourcingLineAsync(Staff(1, 1) with { PeriodEnd = Start.AddDays(-1), Currency = "EUR", WorkstreamId = "nope" }, "alice"));

        Assert.Equal(["unitCostPence"], overflow.Errors.Keys);
        Assert.Equal(["currency", "periodEnd", "workstreamId"], badPeriod.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, (await charity.GetProfileAsync("alice")).Version);
        Assert.Empty(await charity.GetResourcingLinesAsync("alice"));
    }

    [Fact]
    public async Task OverFundingIsAConflictAndUnknownLinesAreNotFound()
    {
        var charity = await RegisteredAsync();
        var line = await charity.PlanResourcingLineAsync(Staff(1, 1_000), "alice");
        await charity.RecordLineFundingAsync(line.Id, new FundingDetails(FundingKind.Committed, 900, FunderOrgId: "GB-CHC-7000001"), "alice");

        await Assert.ThrowsAsync<ConflictException>(() => charity.RecordLineFundingAsync(line.Id, new FundingDetails(FundingKind.SelfFunded, 101), "alice"));
        await Assert.ThrowsAsync<ConflictException>(() => charity.WithdrawResourcingLineAsync(line.Id, "alice"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetResourcingLineAsync("nope", "alice"));
        await Assert.ThrowsAsync<NotFoundException>(() => OfferAsync(charity, "nope", "GB-CHC-7000001", 1, null, "fiona"));
        Assert.Equal(new ResourcingAmounts(1_000, 900, 100, 0), (await charity.GetResourcingLineAsync(line.Id, "alice")).Amounts);
    }

    [Fact]
    public async Task ThePlanCanBeSeenAsItWasBeforeAPledgeWasAccepted()
    {
        var charity = await RegisteredAsync();
        var line = await charity.PlanResourcingLineAsync(Staff(4, 2_500), "alice");
        var pledge = await OfferAsync(charity, line.Id, "GB-CHC-7000001", 6_000, null, "fiona");
        var offered = fixture.Clock.UtcNow;
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await charity.AcceptPledgeAsync(line.Id, pledge.Id, "alice");

        var then = await charity.GetResourcingSummaryAsync(offered, "alice");
        var now = await charity.GetResourcingSummaryAsync(null, "alice");

        Assert.Equal(new ResourcingAmounts(10_000, 0, 10_000, 6_000), then.Plan);
        Assert.Equal(new ResourcingAmounts(10_000, 6_000, 4_000, 0), now.Plan);
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetResourcingSummaryAsync(offered.AddYears(-1), "alice"));
    }

    [Fact]
    public async Task ParticipantsWithoutAPaymentLineAreNamedInTheWarnings()
    {
        var charity = await RegisteredAsync();
        var workstream = await charity.StartWorkstreamAsync(new StartWorkstream("Hiring panel", null, null, null), "alice");
        await charity.RecordParticipantsAsync(workstream.Id, new RecordParticipants(3, [], ["Interview panel"]), "alice");
        await charity.PlanResourcingLineAsync(Staff(1, 1_000, workstream.Id), "alice");

        var warning = Assert.Single((await charity.GetResourcingSummaryAsync(null, "alice")).Warnings);
        Assert.Equal((ResourcingWarningKind.ParticipantsUnpaid, workstream.Id, "Hiring panel"), (warning.Kind, warning.WorkstreamId, warning.WorkstreamTitle));

        await charity.PlanResourcingLineAsync(Payment(6, 2_000, workstream.Id), "alice");
        Assert.Empty((await charity.GetResourcingSummaryAsync(null, "alice")).Warnings);
    }
}
