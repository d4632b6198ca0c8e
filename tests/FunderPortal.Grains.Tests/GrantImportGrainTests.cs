using System.Diagnostics;
using System.Globalization;
using System.Text;
using FunderPortal.Attachments;
using FunderPortal.Funders;
using FunderPortal.GrantImports;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Grains.Tests;

/// <summary>An import grain in the silo: in the background, in batches, and carrying on after a step failed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrantImportGrainTests(ClusterFixture fixture)
{
    /// <summary>A package of <paramref name="grants"/> grants (more than one batch), kept in the silo's attachment store.</summary>
    private async Task<string> KeptFileAsync(int grants, string funderOrgId)
    {
        var json = new StringBuilder("{\"grants\":[");
        for (var i = 1; i <= grants; i++)
        {
            json.Append(i > 1 ? "," : "").Append(CultureInfo.InvariantCulture, $$"""
                {"id":"360G-grains-{{funderOrgId}}-{{i}}","title":"Grant {{i}}","description":"Peer support","currency":"GBP","amountAwarded":{{i}}.25,
                 "awardDate":"2025-03-31","recipientOrganization":[{"id":"GB-CHC-{{8_000_000 + i % 7}}","name":"Recipient {{i % 7}}"}]}
                """);
        }
        var store = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IAttachmentStore>();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(json.Append("]}").ToString()));
        return (await store.SaveAsync(content, 10_000_000)).Id;
    }

    private async Task<GrantImportView> DoneAsync(IGrantImportGrain import, string subject)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var view = await import.GetViewAsync(subject);
            if (view.Status is GrantImportStatus.Done or GrantImportStatus.Failed)
                return view;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"The import is still {view.Status} at row {view.RowsChecked}.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task AnImportWhoseBatchAnswerWasLostCarriesOnAndCountsEveryGrantOnce()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, "360G-hopetrust"), "alice");
        var fileId = await KeptFileAsync(GrantImportLimits.BatchSize + 50, orgId);
        // The funder records the first batch, and its answer never reaches the import (its host went down, say).
        FaultyCalls.LoseAnswers(orgId, nameof(IFunderGrain.ImportGrantBatchAsync), 1);

        var entry = await funder.QueueGrantImportAsync(fileId, "grants.json", GrantImportFormat.Json, dryRun: false, "alice");
        var view = await DoneAsync(fixture.Grains.GetGrain<IGrantImportGrain>(IGrantImportGrain.KeyFor(orgId, entry.Id)), "alice");

        Assert.Equal((GrantImportStatus.Done, GrantImportLimits.BatchSize + 50, GrantImportLimits.BatchSize + 50, 0, 0),
            (view.Status, view.RowsChecked, view.New, view.Unchanged, view.Refused));
        Assert.True(FaultyCalls.Calls(orgId, nameof(IFunderGrain.ImportGrantBatchAsync)) >= 3, "The lost batch was not asked for again.");
        var grants = await funder.GetGrantsAsync("alice");
        Assert.Equal(GrantImportLimits.BatchSize + 50, grants.Count);
        Assert.Equal(grants.Count, grants.Select(g => g.OpenGrantId).Distinct().Count());
        Assert.Equal(125L, grants.Single(g => g.OpenGrantId == $"360G-grains-{orgId}-1").AmountPence);
    }

    [Fact]
    public async Task ADryRunRecordsNothingAndOnlyTheFundersMembersFollowIt()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, "360G-hopetrust"), "alice");
        await funder.SetMemberAsync("victor", Common.MemberRole.Viewer, "alice");
        var fileId = await KeptFileAsync(3, orgId);
        var entry = await funder.QueueGrantImportAsync(fileId, "grants.json", GrantImportFormat.Json, dryRun: true, "alice");
        var import = fixture.Grains.GetGrain<IGrantImportGrain>(IGrantImportGrain.KeyFor(orgId, entry.Id));

        var view = await DoneAsync(import, "victor");

        Assert.Equal((true, 3, 0), (view.DryRun, view.New, (await funder.GetGrantsAsync("alice")).Count));
        await Assert.ThrowsAsync<Common.NotFoundException>(() => import.GetViewAsync("stranger"));
        await Assert.ThrowsAsync<Common.NotFoundException>(() =>
            fixture.Grains.GetGrain<IGrantImportGrain>(IGrantImportGrain.KeyFor(orgId, "no-such-import")).GetViewAsync("alice"));
    }
}
