using System.Net;
using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>
/// Sensitive evidence (PersonalData, SpecialCategory, CriminalOffence) never reaches a funder, a panel, a participant
/// or the public, through any GET route the host serves (every operation of the served OpenAPI document, every page
/// and download), even when the charity shares everything and consents to publishing.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SensitiveEvidenceSweepTests(PortalFactory portal, ITestOutputHelper output)
{
    /// <summary>
    /// The portfolio's attestation rate from the Standard item's participants alone (1 of 2 agreed), in the API and on the
    /// page; and from everyone's (1 of 8: the sensitive items' participants disagreed), which would tell a funder of them.
    /// </summary>
    private static readonly string[] OnlyStandardAnswersCounted = ["\"attestationRatePercent\":50", ">50%<"];

    private static readonly string[] SensitiveAnswersCounted = ["\"attestationRatePercent\":12", ">12%<"];

    [Fact]
    public async Task NoFunderFacingOrPublicResponseShowsSensitiveEvidence()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var charityEditor = await portal.ClientForAsync($"charity-{suffix}");
        var charity = await charityEditor.CharityWithEverythingAsync();
        var items = new List<MarkedItem>();
        foreach (var sensitivity in MarkedEvidence.Sensitivities)
            items.Add(await MarkedEvidence.RecordAsync(portal, charityEditor, charity, sensitivity, suffix));
        var standard = items.Single(i => i.Sensitivity == "Standard");
        var sensitive = items.Where(i => i != standard).ToList();
        var world = await FunderWorld.BuildAsync(portal, charityEditor, charity, suffix);
        var panellist = await world.SignedInPanellistAsync(portal, $"panellist-{suffix}");
        var (tokenPanellist, _) = await portal.JoinPanelAsync(world.FunderEditor, world.RoundId);
        world = await world.WithApplicationsAsync(charityEditor);
        world.Values.Set("evidenceId", [.. items.Select(i => i.EvidenceId)])
            .Set("attachmentId", [.. items.Select(i => i.AttachmentId)])
            .Set("token", standard.OpenAttestationToken);
        var otherFunder = await portal.ClientForAsync($"other-funder-{suffix}");
        await otherFunder.RegisterFunderAsync();
        var routes = await RouteCatalogue.ServedByAsync(portal);
        var anonymousValues = world.Values.Copy().Set("token", $"{charity.OrgId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Caller[] readers =
        [
            new("funder editor (shared with)", world.FunderEditor, await Browsers.SignedInAsync(portal, world.EditorSubject), world.Values) { Output = output },
            new("funder viewer (shared with)", await portal.ClientForAsync(world.ViewerSubject), await Browsers.SignedInAsync(portal, world.ViewerSubject), world.Values) { Output = output },
            new("another funder's member", otherFunder, await Browsers.SignedInAsync(portal, $"other-funder-{suffix}"), world.Values) { Output = output },
            new("panellist (signed in)", panellist, await Browsers.SignedInAsync(portal, $"panellist-{suffix}"), world.Values) { Output = output },
            new("panellist (panel token)", tokenPanellist, Browsers.WithBearer(portal, tokenPanellist.DefaultRequestHeaders.Authorization!.Parameter!), world.Values) { Output = output },
            new("participant (attestation link)", portal.CreateClient(), portal.CreateClient(), world.Values) { Output = output },
            new("anonymous", portal.CreateClient(), portal.CreateClient(), anonymousValues) { Output = output },
        ];
        var charityMember = new Caller("charity editor", charityEditor, await Browsers.SignedInAsync(portal, $"charity-{suffix}"), world.Values) { Output = output };

        // The sweep can see what it looks for: the charity sees every marker, the funder it shares with every Standard one.
        Sweep.AssertAllShown(await charityMember.SweepAsync(routes), items.SelectMany(i => i.Markers), charityMember.Name);
        var answers = (await Task.WhenAll(readers.Select(r => r.SweepAsync(routes)))).SelectMany(a => a).ToList();
        Sweep.AssertAllShown(answers.Where(a => a.Caller.StartsWith(readers[0].Name, StringComparison.Ordinal)),
            [.. standard.Markers, .. OnlyStandardAnswersCounted], readers[0].Name);

        Sweep.AssertNoneShow(answers, [.. sensitive.SelectMany(i => i.Markers), .. SensitiveAnswersCounted]);
    }

    [Fact]
    public async Task TheSharedFunderCannotDownloadASensitiveItemsFile()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var charityEditor = await portal.ClientForAsync($"charity-{suffix}");
        var charity = await charityEditor.CharityWithEverythingAsync();
        var world = await FunderWorld.BuildAsync(portal, charityEditor, charity, suffix);
        var viewer = await portal.ClientForAsync(world.ViewerSubject);

        foreach (var sensitivity in MarkedEvidence.Sensitivities)
        {
            var item = await MarkedEvidence.RecordAsync(portal, charityEditor, charity, sensitivity, suffix);
            var path = charity.Path($"/evidence/{item.EvidenceId}/attachments/{item.AttachmentId}");
            Assert.Equal(HttpStatusCode.OK, (await charityEditor.GetAsync(path)).StatusCode);
            foreach (var funder in new[] { world.FunderEditor, viewer })
            {
                var download = await funder.GetAsync(path);
                if (sensitivity == "Standard")
                    Assert.Contains($"Content-Standard-{suffix}", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                else
                    await download.AssertProblemAsync(HttpStatusCode.NotFound);
            }
        }
    }
}
