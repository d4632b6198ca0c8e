using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FunderPortal.Api.Tests.Authorisation;

/// <summary>
/// One world for the authorisation matrix: a charity with everything (and an attestation link already used once), shared
/// live with one funder, expired with another and revoked with a third; a funder without a share; a round in Scoring with
/// one application and a panellist conflicted on it; another round with its own panellist; a platform admin.
/// </summary>
public sealed class MatrixWorld
{
    public const string Admin = "matrix-admin";

    private readonly HttpClient _owner;
    private readonly HttpClient _otherRoundFunder;
    private readonly string _invitingCharity;
    private readonly ConcurrentQueue<string> _unusedAttestationTokens;
    private readonly ConcurrentQueue<string> _unusedVoiceTokens;

    private MatrixWorld(HttpClient owner, HttpClient otherRoundFunder, string invitingCharity, IEnumerable<string> unusedAttestationTokens,
        IEnumerable<string> unusedVoiceTokens)
    {
        _unusedVoiceTokens = new(unusedVoiceTokens);
        _invitingCharity = invitingCharity;
        _owner = owner;
        _otherRoundFunder = otherRoundFunder;
        _unusedAttestationTokens = new(unusedAttestationTokens);
    }

    public required CharityParts Charity { get; init; }
    public required IReadOnlyDictionary<string, string> Ids { get; init; }
    public required string UsedAttestationToken { get; init; }
    public required string PeekAttestationToken { get; init; }
    public required string UsedVoiceToken { get; init; }
    public required string PeekVoiceToken { get; init; }

    /// <summary>The twelve kinds of caller, in the order of the matrix's columns.</summary>
    public required IReadOnlyList<(string Name, HttpClient Client)> Callers { get; init; }

    public static async Task<MatrixWorld> BuildAsync(PortalFactory portal)
    {
        var owner = await portal.ClientForAsync("matrix-owner");
        var charity = await owner.CharityWithEverythingAsync();
        var c = charity.Path();
        await owner.PutAsync($"{c}/members/matrix-viewer", Http.Json("""{"role":"Viewer"}"""));
        var milestone = await CreatedIdAsync(owner, $"{c}/workstreams/{charity.Workstream}/milestones", """{"title":"First paid session","plannedDate":"2026-06-01"}""");
        var barrier = await CreatedIdAsync(owner, $"{c}/workstreams/{charity.Workstream}/barriers", """{"kind":"PowerImbalance","description":"Staff speak first"}""");

        // Attestation links: one answered once already (the participant's "used twice" token), the rest unused.
        var links = (await (await owner.PostAsync($"{c}/evidence/{charity.Evidence}/attestations",
            Http.Json(JsonSerializer.Serialize(new { participants = Enumerable.Range(1, 20).Select(i => $"p-{i}") })))).JsonAsync()).GetProperty("links");
        var tokens = links.EnumerateArray().Select(l => Uri.UnescapeDataString(l.GetProperty("url").GetString()!.Split("/attest/")[1])).ToList();
        Assert.Equal(HttpStatusCode.NoContent, (await portal.CreateClient().PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(tokens[0])}",
            Http.Json("""{"stance":"Agree"}"""))).StatusCode);

        // Participant check-in links, the same way: one answered already, the rest unused.
        var voiceLinks = (await (await owner.PostAsync($"{c}/check-ins/{charity.CheckIn}/participant-links",
            Http.Json(JsonSerializer.Serialize(new { participants = Enumerable.Range(1, 20).Select(i => $"p-{i}") })))).JsonAsync()).GetProperty("links");
        var voiceTokens = voiceLinks.EnumerateArray().Select(l => Uri.UnescapeDataString(l.GetProperty("url").GetString()!.Split("/voice/")[1])).ToList();
        Assert.Equal(HttpStatusCode.NoContent, (await portal.CreateClient().PostAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(voiceTokens[0])}",
            Http.Json(MatrixRequests.VoiceAnswer))).StatusCode);

        var otherCharityEditor = await portal.ClientForAsync("matrix-other-charity-editor");
        await otherCharityEditor.RegisterAsync();
        var (funderEditor, funder) = await FunderAsync(portal, "matrix-funder");
        var (funderNoShare, _) = await FunderAsync(portal, "matrix-funder-no-share");
        var (funderExpired, expiredFunder) = await FunderAsync(portal, "matrix-funder-expired");
        var (funderRevoked, revokedFunder) = await FunderAsync(portal, "matrix-funder-revoked");
        await owner.ShareAsync(charity.OrgId, expiredFunder, """["Journey","Resourcing","Evidence"]""", portal.Clock.UtcNow.AddHours(1));
        portal.Clock.Advance(TimeSpan.FromHours(2));
        var revoked = (await owner.ShareAsync(charity.OrgId, revokedFunder, """["Journey","Resourcing","Evidence"]""")).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"{c}/shares/{revoked}")).StatusCode);
        var share = (await owner.ShareAsync(charity.OrgId, funder, """["Journey","Resourcing","Evidence"]""")).GetProperty("id").GetString()!;

        var f = $"/api/v1/funders/{funder}";
        var programme = await CreatedIdAsync(funderEditor, $"{f}/programmes", """{"title":"Lived experience","description":"Longer-term work"}""");
        var grant = (await funderEditor.RecordGrantAsync(funder, FunderHttp.GrantJson.Replace("GB-CHC-1234567", charity.OrgId, StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;
        var feedback = await CreatedIdAsync(funderEditor, $"{f}/feedback", $$"""{"charityOrgId":"{{charity.OrgId}}","kind":"Feedback","text":"Inspiring"}""");
        var pledge = await CreatedIdAsync(funderEditor, $"{f}/pledges", $$"""{"charityOrgId":"{{charity.OrgId}}","lineId":"{{charity.Line}}","amountPence":5000}""");
        var inboxItem = (await (await owner.GetAsync($"{c}/inbox")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetString()!;
        var import = (await funderEditor.ImportAsync(funder, MatrixRequests.GrantFile, "matrix.json", dryRun: true)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await funderEditor.PutAsync($"{f}/publication", Http.Json("""{"publish360Giving":true}"""))).StatusCode);

        // The round being scored, and another round with a panellist of its own.
        var round = (await funderEditor.CreateRoundAsync(funder)).GetProperty("id").GetString()!;
        var (conflicted, conflictedId) = await portal.JoinPanelAsync(funderEditor, round);
        await portal.JoinPanelAsync(funderEditor, round);
        await funderEditor.MoveToAsync(round, "Open");
        var application = await owner.ApplyAsync(round, charity.OrgId, 200_000);
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(SharingHttp.Pdf), "file", "proposal.pdf" } };
        var file = await CreatedIdAsync(owner, $"/api/v1/rounds/{round}/applications/{application}/files?kind=Proposal", upload);
        await funderEditor.MoveToAsync(round, "Scoring");
        Assert.Equal(HttpStatusCode.OK, (await conflicted.DeclareAsync(round, application, "Declared", "I volunteer there")).StatusCode);
        var otherRound = (await funderNoShare.CreateRoundAsync(await funderNoShare.RegisterFunderAsync())).GetProperty("id").GetString()!;
        var (otherRoundPanellist, _) = await portal.JoinPanelAsync(funderNoShare, otherRound);

        var participant = portal.CreateClient();
        participant.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[0]);
        // Links to join are for a charity of their own, so whoever accepts one never becomes a member of the world's charity.
        var invitingCharity = await owner.RegisterAsync();
        return new MatrixWorld(owner, funderNoShare, invitingCharity, tokens.Skip(2), voiceTokens.Skip(2))
        {
            UsedVoiceToken = voiceTokens[0],
            PeekVoiceToken = voiceTokens[1],
            Charity = charity,
            UsedAttestationToken = tokens[0],
            PeekAttestationToken = tokens[1],
            Ids = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["funder"] = funder,
                ["round"] = round,
                ["otherRound"] = otherRound,
                ["milestone"] = milestone,
                ["barrier"] = barrier,
                ["share"] = share,
                ["programme"] = programme,
                ["grant"] = grant,
                ["import"] = import,
                ["feedback"] = feedback,
                ["pledge"] = pledge,
                ["inboxItem"] = inboxItem,
                ["application"] = application,
                ["file"] = file,
                ["panellist"] = conflictedId,
            },
            Callers =
            [
                ("anonymous", portal.CreateClient()),
                ("nonMember", await portal.ClientForAsync("matrix-stranger")),
                ("charityViewer", await portal.ClientForAsync("matrix-viewer")),
                ("otherCharityEditor", otherCharityEditor),
                ("funderNoShare", funderNoShare),
                ("expiredShare", funderExpired),
                ("revokedShare", funderRevoked),
                ("sharedFunder", funderEditor),
                ("otherRoundPanellist", otherRoundPanellist),
                ("conflictedPanellist", conflicted),
                ("participantUsedTwice", participant),
                ("platformAdmin", await portal.ClientForAsync(Admin)),
            ],
        };
    }

    /// <summary>An unused attestation link, one per answer: answering uses it up.</summary>
    public string NextAttestationToken() =>
        _unusedAttestationTokens.TryDequeue(out var token) ? token : throw new InvalidOperationException("The world ran out of attestation links.");

    /// <summary>An unused participant check-in link, one per answer.</summary>
    public string NextVoiceToken() =>
        _unusedVoiceTokens.TryDequeue(out var token) ? token : throw new InvalidOperationException("The world ran out of participant check-in links.");

    /// <summary>A fresh one-time link to join a charity (not the world's) as a viewer.</summary>
    public async Task<string> NewCharityInvitationAsync()
    {
        var response = await _owner.PostAsync($"/api/v1/charities/{_invitingCharity}/invitations", Http.Json("""{"role":"Viewer"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = (await response.JsonAsync()).GetProperty("links")[0].GetProperty("url").GetString()!;
        return Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
    }

    /// <summary>A fresh invitation to the other round's panel (so accepting it never changes the round being scored).</summary>
    public Task<string> NewPanelInvitationAsync() => _otherRoundFunder.InviteAsync(Ids["otherRound"]);

    private static async Task<(HttpClient Editor, string OrgId)> FunderAsync(PortalFactory portal, string subject)
    {
        var editor = await portal.ClientForAsync(subject);
        return (editor, await editor.RegisterFunderAsync());
    }

    private static Task<string> CreatedIdAsync(HttpClient client, string path, string json) => CreatedIdAsync(client, path, Http.Json(json));

    private static async Task<string> CreatedIdAsync(HttpClient client, string path, HttpContent content)
    {
        var response = await client.PostAsync(path, content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }
}
