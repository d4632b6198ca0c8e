using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>
/// A funder with something in every part (a viewer, a grant and feedback for the charity, a pledge on its plan, a
/// round in Scoring the charity applied to with its journey linked, with a file), and the charity's ids: enough to
/// give every route's parameters a real value.
/// </summary>
public sealed record FunderWorld(
    string Suffix, CharityParts Charity, string FunderOrgId, HttpClient FunderEditor, string RoundId, IReadOnlyList<string> ApplicationIds,
    RouteValues Values)
{
    public string EditorSubject => $"funder-{Suffix}";

    public string ViewerSubject => $"viewer-{Suffix}";

    public static async Task<FunderWorld> BuildAsync(PortalFactory portal, HttpClient charityEditor, CharityParts charity, string suffix)
    {
        var funder = await portal.ClientForAsync($"funder-{suffix}");
        var funderOrgId = await funder.RegisterFunderAsync();
        await funder.AddMemberAsync(funderOrgId, $"viewer-{suffix}", "Viewer");
        var shareId = (await charityEditor.ShareAsync(charity.OrgId, funderOrgId, """["Journey","Resourcing","Evidence"]""")).GetProperty("id").GetString()!;
        await funder.PortfolioWhenAsync(funderOrgId, p => SharingHttp.EntryFor(p, charity.OrgId) is not null);
        var grantId = (await funder.RecordGrantAsync(funderOrgId, FunderHttp.GrantJson.Replace("GB-CHC-1234567", charity.OrgId, StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;
        var feedbackId = await CreatedIdAsync(funder, $"/api/v1/funders/{funderOrgId}/feedback",
            JsonSerializer.Serialize(new { charityOrgId = charity.OrgId, kind = "Feedback", text = "Your journey map told us a lot." }));
        await CreatedIdAsync(funder, $"/api/v1/funders/{funderOrgId}/pledges",
            JsonSerializer.Serialize(new { charityOrgId = charity.OrgId, lineId = charity.Line, amountPence = 10_000 }));
        var roundId = (await funder.CreateRoundAsync(funderOrgId)).GetProperty("id").GetString()!;
        // A check of a 360Giving file naming the charity, and the funder's grants published as open data.
        var importId = (await funder.ImportAsync(funderOrgId, GrantImportHttp.Package(GrantImportHttp.Grant("360G-sweep-1", charity.OrgId, "Swept charity")),
            "grants.json", dryRun: true)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await funder.PutAsync($"/api/v1/funders/{funderOrgId}/publication", Http.Json("""{"publish360Giving":true}"""))).StatusCode);
        var milestoneId = await CreatedIdAsync(charityEditor, charity.Path($"/workstreams/{charity.Workstream}/milestones"),
            """{"title":"First paid session","plannedDate":"2026-06-01"}""");
        var barrierId = await CreatedIdAsync(charityEditor, charity.Path($"/workstreams/{charity.Workstream}/barriers"),
            """{"kind":"PowerImbalance","description":"Staff speak first"}""");
        var values = new RouteValues()
            .SetUnder("/api/v1/charities", "orgId", charity.OrgId).SetUnder("/charities", "orgId", charity.OrgId).Set("charityOrgId", charity.OrgId)
            .SetUnder("/api/v1/funders", "orgId", funderOrgId).SetUnder("/funders", "orgId", funderOrgId)
            .SetUnder("/api/v1/public/funders", "orgId", funderOrgId).Set("importId", importId)
            .Set("workstreamId", charity.Workstream).Set("milestoneId", milestoneId).Set("barrierId", barrierId).Set("checkInId", charity.CheckIn).Set("lineId", charity.Line).Set("fundingId", charity.Funding)
            .Set("evidenceId", charity.Evidence).Set("attachmentId", charity.Attachment).Set("shareId", shareId)
            .Set("grantId", grantId).Set("feedbackId", feedbackId).Set("funderOrgId", funderOrgId).Set("roundId", roundId).Set("documentName", "v1")
            .Set("from", "2000-01-01T00:00:00Z").Set("barrier", "Accessibility").Set("rankBy", "normalised").Set("limit", "100")
            // A grant report's period is in days.
            .SetUnder("/api/v1/funders/{orgId}/grants/{grantId}/report", "from", "2000-01-01")
            .SetUnder("/api/v1/charities/{orgId}/grants/{funderOrgId}/{grantId}/report", "from", "2000-01-01")
            // Personal-data requests name a person: the charity's editor, one of its participants, a panellist.
            .SetUnder("/api/v1/admin", "orgId", charity.OrgId).Set("charity", charity.OrgId)
            .Set("subject", $"funder-{suffix}").Set("participant", "p-1").Set("panellistId", "p1");
        return new FunderWorld(suffix, charity, funderOrgId, funder, roundId, [], values);
    }

    /// <summary>Opens the round, the charity applies (journey linked) with a file, so may others, and scoring starts.</summary>
    public async Task<FunderWorld> WithApplicationsAsync(HttpClient charityEditor, params (HttpClient Editor, string OrgId)[] others)
    {
        await FunderEditor.MoveToAsync(RoundId, "Open");
        var applicationId = await charityEditor.ApplyAsync(RoundId, Charity.OrgId, 200_000);
        var file = new ByteArrayContent(SharingHttp.Pdf);
        using var upload = new MultipartFormDataContent { { file, "file", "proposal.pdf" } };
        var fileId = await CreatedIdAsync(charityEditor, $"/api/v1/rounds/{RoundId}/applications/{applicationId}/files?kind=Proposal", upload);
        List<string> applicationIds = [applicationId];
        foreach (var (editor, orgId) in others)
            applicationIds.Add(await editor.ApplyAsync(RoundId, orgId, 300_000));
        await FunderEditor.MoveToAsync(RoundId, "Scoring");
        Values.Set("applicationId", [.. applicationIds]).Set("fileId", fileId);
        return this with { ApplicationIds = applicationIds };
    }

    /// <summary>Someone who accepts a panel invitation while signed in as <paramref name="subject"/>: their API client.</summary>
    public async Task<HttpClient> SignedInPanellistAsync(PortalFactory portal, string subject)
    {
        var token = await FunderEditor.InviteAsync(RoundId);
        var person = await portal.ClientForAsync(subject);
        Assert.Equal(HttpStatusCode.OK, (await person.PostAsync($"/api/v1/panel-invitations/{token}/accept", Http.Json("{}"))).StatusCode);
        return person;
    }

    private static Task<string> CreatedIdAsync(HttpClient client, string path, string json) => CreatedIdAsync(client, path, Http.Json(json));

    private static async Task<string> CreatedIdAsync(HttpClient client, string path, HttpContent content)
    {
        var response = await client.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }
}
