using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Funders;
using FunderPortal.GrantImports;

namespace FunderPortal.Domain.Tests.GrantImports;

public sealed class ImportDecisionsTests
{
    private static readonly HashSet<string> NobodyOnPortal = [];

    private static (FunderState State, IReadOnlyList<GrantRowResult> Results) Import(
        FunderState state, string importId, IReadOnlyList<ImportedGrant> grants, bool dryRun = false, HashSet<string>? onPortal = null)
    {
        var (events, results) = FunderDecisions.ImportGrants(state, importId, grants, onPortal ?? NobodyOnPortal, dryRun);
        foreach (var e in events)
            state.Apply(e, FunderStates.T0);
        return (state, results);
    }

    private static ImportedGrant Row(int row, string id, string amount = "100") =>
        GrantRows.Grant((GrantField.Identifier, id), (GrantField.AmountAwarded, amount)) with { Row = row };

    [Fact]
    public void GrantsAreRecordedUnderRunningNumbersKeepingTheir360GivingIds()
    {
        var (state, results) = Import(FunderStates.Registered(), "i1", [Row(2, "360G-old-1"), Row(3, "360G-old-2")]);

        Assert.Equal([("1", "360G-old-1", "i1"), ("2", "360G-old-2", "i1")], state.Grants.Select(g => (g.Id, g.OpenGrantId!, g.ImportId!)));
        Assert.Equal([(2, GrantRowOutcome.New, "1"), (3, GrantRowOutcome.New, "2")], results.Select(r => (r.Row, r.Outcome, r.GrantId!)));
    }

    [Fact]
    public void ImportingTheSameGrantsAgainChangesNothing()
    {
        var (state, _) = Import(FunderStates.Registered(), "i1", [Row(2, "360G-old-1"), Row(3, "360G-old-2")]);

        var (events, results) = FunderDecisions.ImportGrants(state, "i2", [Row(2, "360G-old-1"), Row(3, "360G-old-2")], NobodyOnPortal, dryRun: false);

        Assert.Empty(events);
        Assert.All(results, r => Assert.Equal(GrantRowOutcome.Unchanged, r.Outcome));
    }

    [Fact]
    public void AGrantAlreadyThereWithOtherDetailsIsRefusedAndLeftAsItIs()
    {
        var (state, _) = Import(FunderStates.Registered(), "i1", [Row(2, "360G-old-1", amount: "100")]);

        var (events, results) = FunderDecisions.ImportGrants(state, "i2", [Row(5, "360G-old-1", amount: "250")], NobodyOnPortal, dryRun: false);

        Assert.Empty(events);
        var refused = Assert.Single(results);
        Assert.Equal((GrantRowOutcome.Refused, "1"), (refused.Outcome, refused.GrantId));
        Assert.Equal("Already in the portal as grant 1 with another amount; it was left as it is.", refused.Message);
        Assert.Equal(10_000, state.Grants.Single().AmountPence);
    }

    [Fact]
    public void ABatchDoneAgainByTheSameImportAfterARestartCountsAsNewOnce()
    {
        var (state, _) = Import(FunderStates.Registered(), "i1", [Row(2, "360G-old-1")]);

        var (events, results) = FunderDecisions.ImportGrants(state, "i1", [Row(2, "360G-old-1")], NobodyOnPortal, dryRun: false);

        Assert.Empty(events);
        Assert.Equal((GrantRowOutcome.New, "1"), (results[0].Outcome, results[0].GrantId));
    }

    [Fact]
    public void ADryRunDecidesAlikeAndRecordsNothing()
    {
        var state = FunderStates.Registered();

        var (events, results) = FunderDecisions.ImportGrants(state, "i1", [Row(2, "360G-old-1")], NobodyOnPortal, dryRun: true);

        Assert.Empty(events);
        Assert.Equal((GrantRowOutcome.New, (string?)null), (results[0].Outcome, results[0].GrantId));
        Assert.Empty(state.Grants);
    }

    [Fact]
    public void ThePortalsOwnGrantComingBackUnderItsPublishedIdIsUnchanged()
    {
        var state = FunderStates.Registered().With(s => FunderDecisions.RecordGrant(s, "1", FunderStates.Grant(), FunderStates.Today));
        var own = state.Grants[0];
        var exported = new ImportedGrant(2, "360G-hopetrust-1", own.CharityOrgId, own.CharityName, own.Title, own.Description, own.AmountPence,
            own.AwardDate, own.PlannedStart, own.PlannedEnd, own.Type, null, null);

        var (_, results) = Import(state, "i1", [exported]);

        Assert.Equal((GrantRowOutcome.Unchanged, "1"), (results[0].Outcome, results[0].GrantId));
        Assert.Single(state.Grants);
    }

    [Fact]
    public void ARunningNumberWhosePublishedIdAnImportedGrantHasIsPassedOver()
    {
        var (state, _) = Import(FunderStates.Registered(), "i1", [Row(2, "360G-hopetrust-2")]);

        state.With(s => FunderDecisions.RecordGrant(s, FunderDecisions.NextGrantId(s), FunderStates.Grant(), FunderStates.Today));

        Assert.Equal(["1", "3"], state.Grants.Select(g => g.Id));
        Assert.Equal(["360G-hopetrust-2", "360G-hopetrust-3"], state.Grants.Select(g => g.OpenGrantId ?? OpenGrantIds.For("360G-hopetrust", g.Id)));
    }

    [Fact]
    public void AProgrammeIsFoundByItsCodeOrTitleOrAddedOnceByItsTitle()
    {
        var state = FunderStates.Registered().With(s => FunderDecisions.AddProgramme(s, "p1", new ProgrammeDetails("Growing Voices", null)));
        ImportedGrant InProgramme(int row, string? code, string? title) => Row(row, $"360G-old-{row}") with { ProgrammeCode = code, ProgrammeTitle = title };

        Import(state, "i1", [InProgramme(2, "p1", "Renamed since"), InProgramme(3, null, "growing voices"), InProgramme(4, null, "Small Grants"),
            InProgramme(5, "SG", "small grants")]);

        Assert.Equal(["Growing Voices", "Small Grants"], state.Programmes.Select(p => p.Title));
        var smallGrants = state.Programmes[1].Id;
        Assert.Equal(["p1", "p1", smallGrants, smallGrants], state.Grants.Select(g => g.ProgrammeId!));
        Assert.Equal(Ids.For("programme", $"{FunderStates.OrgId}\nSMALL GRANTS"), smallGrants);
    }

    [Fact]
    public void OnlyRecipientsOnThePortalAreToldOfTheirGrants()
    {
        var state = FunderStates.Registered();
        var onPortal = Row(2, "360G-old-1") with { CharityOrgId = "GB-CHC-1111111" };
        var notOnPortal = Row(3, "360G-old-2") with { CharityOrgId = "GB-CHC-2222222" };
        var (events, _) = FunderDecisions.ImportGrants(state, "i1", [onPortal, notOnPortal], new HashSet<string> { "GB-CHC-1111111" }, dryRun: false);
        foreach (var e in events)
            state.Apply(e, FunderStates.T0);

        Assert.Equal(["GB-CHC-1111111"], FunderNotices.GrantNotesOwed(state, events).Select(g => g.CharityOrgId));
    }

    [Fact]
    public void TheSameIdentifierTwiceInOneBatchIsRecordedOnce()
    {
        var (state, results) = Import(FunderStates.Registered(), "i1", [Row(2, "360G-old-1"), Row(3, "360G-old-1")]);

        Assert.Single(state.Grants);
        Assert.Equal([GrantRowOutcome.New, GrantRowOutcome.Refused], results.Select(r => r.Outcome));
    }

    [Fact]
    public void PublishingNeedsAPrefixAndTheFeedIsNotThereUntilPublishedWithAGrant()
    {
        Assert.Throws<ConflictException>(() => FunderDecisions.SetPublication(FunderStates.Registered(grantIdPrefix: null), publish: true));
        var state = FunderStates.Registered().With(s => FunderDecisions.SetPublication(s, publish: true));
        Assert.Empty(FunderDecisions.SetPublication(state, publish: true));

        Assert.Throws<NotFoundException>(() => state.ToPublishedOpenGrants(FunderStates.T0, new Dictionary<string, IReadOnlyList<string>>()));
        state.With(s => FunderDecisions.RecordGrant(s, "1", FunderStates.Grant(), FunderStates.Today));
        Assert.Single(state.ToPublishedOpenGrants(FunderStates.T0, new Dictionary<string, IReadOnlyList<string>>()).Grants);
        state.With(s => FunderDecisions.SetPublication(s, publish: false));
        Assert.Throws<NotFoundException>(() => state.ToPublishedOpenGrants(FunderStates.T0, new Dictionary<string, IReadOnlyList<string>>()));
    }

    [Fact]
    public void InvitationsAreOnePerCharityNotOnThePortalWithAPortalOrgId()
    {
        GrantImportRowView View(int row, string orgId, string name, GrantRowOutcome outcome = GrantRowOutcome.New) =>
            new(row, $"360G-x-{row}", "t", orgId, name, 100, outcome, null, null);

        var invitations = GrantImportInvitations.For(
            [View(2, "GB-CHC-11", "Hope Street"), View(3, "GB-CHC-11", "Hope St"), View(4, "GB-CHC-22", "On the portal"),
             View(5, "360G-x-org9", "No org-id"), View(6, "GB-CHC-33", "Refused", GrantRowOutcome.Refused), View(7, "GB-CHC-44", "Unchanged", GrantRowOutcome.Unchanged)],
            id => id == "GB-CHC-22", "GB-GOR-PB1");

        Assert.Equal([("GB-CHC-11", "Hope Street"), ("GB-CHC-44", "Unchanged")], invitations.Select(i => (i.CharityOrgId, i.Name)));
        Assert.Equal("/charities/new?orgId=GB-CHC-11&name=Hope%20Street&invitedBy=GB-GOR-PB1", invitations[0].Path);
    }
}
