using System.Net;
using FunderPortal.Charities;
using FunderPortal.Rounds;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Exactly-once effects: a client that retries with the same Idempotency-Key after a failure that came after the write
/// committed (the answer lost on its way back, a later step failing) gets the first outcome, 201 with the same id, and
/// exactly one grant or round exists.
/// </summary>
public sealed class ExactlyOnceTests : IAsyncLifetime
{
    private readonly GrainFault _fault = new();
    private readonly PortalFactory _portal;

    public ExactlyOnceTests() =>
        _portal = new PortalFactory().WithServices(services => services.AddSingleton<IIncomingGrainCallFilter>(_fault));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task AGrantWhoseAnswerWasLostAfterItsCommitIsRecordedOnceAndTheRetryAnswersWithIt()
    {
        var alice = await _portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        _fault.LoseAnswerOf(nameof(global::FunderPortal.Funders.IFunderGrain.RecordGrantAsync));

        var first = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/grants", FunderHttp.GrantJson, "grant-key-1"));
        var retry = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/grants", FunderHttp.GrantJson, "grant-key-1"));

        await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(_fault.Fired);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("1", (await retry.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal($"/api/v1/funders/{orgId}/grants/1", retry.Headers.Location?.OriginalString);
        var grants = await (await alice.GetAsync($"/api/v1/funders/{orgId}/grants")).JsonAsync();
        Assert.Single(grants.EnumerateArray());

        // Another key is another grant.
        var another = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/grants", FunderHttp.GrantJson, "grant-key-2"));
        Assert.Equal("2", (await another.JsonAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task ARoundWhoseListingWithTheFunderFailedIsCreatedOnceAndTheRetryAnswersWithIt()
    {
        var alice = await _portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        _fault.FailBeforeRunning(nameof(global::FunderPortal.Funders.IFunderGrain.ListRoundAsync));

        var first = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/rounds", RoundHttp.RoundJson, "round-key-1"));
        var retry = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/rounds", RoundHttp.RoundJson, "round-key-1"));

        await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(_fault.Fired);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var roundId = (await retry.JsonAsync()).GetProperty("id").GetString();
        Assert.Equal($"/api/v1/rounds/{roundId}", retry.Headers.Location?.OriginalString);
        var rounds = await (await alice.GetAsync($"/api/v1/funders/{orgId}/rounds")).JsonAsync();
        Assert.Equal([roundId], rounds.EnumerateArray().Select(r => r.GetProperty("roundId").GetString()));
        Assert.Equal([$"round/{roundId}"], StoredRoundStreams()); // no second round left unlisted
    }

    [Fact]
    public async Task ARoundWhoseAnswerWasLostIsCreatedOnce()
    {
        var alice = await _portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        _fault.LoseAnswerOf(nameof(global::FunderPortal.Rounds.IGrantRoundGrain.CreateAsync));

        var first = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/rounds", RoundHttp.RoundJson, "round-key-2"));
        var retry = await alice.SendAsync(Post($"/api/v1/funders/{orgId}/rounds", RoundHttp.RoundJson, "round-key-2"));

        await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var rounds = await (await alice.GetAsync($"/api/v1/funders/{orgId}/rounds")).JsonAsync();
        Assert.Single(rounds.EnumerateArray());
        Assert.Single(StoredRoundStreams());
    }

    /// <summary>Every round ever written, as stored: a round made and never listed counts too.</summary>
    private List<string> StoredRoundStreams()
    {
        using var connection = new SqliteConnection($"Data Source={_portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT stream_id FROM events WHERE stream_id LIKE 'round/%'";
        using var reader = command.ExecuteReader();
        var streams = new List<string>();
        while (reader.Read())
            streams.Add(reader.GetString(0));
        return streams;
    }

    [Fact]
    public async Task ACharitysWorkstreamAndPlanLineWhoseAnswersWereLostAreEachMadeOnce()
    {
        var alice = await _portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var workstream = await FirstLostThenRetriedAsync(alice, nameof(global::FunderPortal.Charities.ICharityGrain.StartWorkstreamAsync),
            $"/api/v1/charities/{orgId}/workstreams", """{"title":"Peer research"}""");
        var line = await FirstLostThenRetriedAsync(alice, nameof(global::FunderPortal.Charities.ICharityGrain.PlanResourcingLineAsync),
            $"/api/v1/charities/{orgId}/resourcing/lines", ResourcingRoutesTests.StaffLine);

        var journey = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync();
        Assert.Equal([workstream], journey.GetProperty("workstreams").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        var lines = await (await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/lines")).JsonAsync();
        Assert.Equal([line], lines.EnumerateArray().Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task APledgeWhoseAnswerFromTheCharityWasLostIsOfferedOnceAndTheFunderCanWithdrawIt()
    {
        var alice = await _portal.ClientForAsync("alice");
        var charity = await alice.RegisterAsync();
        var line = (await (await alice.PostAsync($"/api/v1/charities/{charity}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine))).JsonAsync())
            .GetProperty("id").GetString()!;
        var fiona = await _portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        await alice.ShareAsync(charity, funder, """["Resourcing"]""");

        // The charity records the offer, then its answer to the funder is lost: the funder keeps nothing the first time.
        _fault.LoseAnswerOf(nameof(global::FunderPortal.Charities.ICharityGrain.OfferPledgeAsync));
        var json = $$"""{"charityOrgId":"{{charity}}","lineId":"{{line}}","amountPence":5000}""";
        var first = await fiona.SendAsync(Post($"/api/v1/funders/{funder}/pledges", json, "pledge-key-1"));
        var retry = await fiona.SendAsync(Post($"/api/v1/funders/{funder}/pledges", json, "pledge-key-1"));

        await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(_fault.Fired);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var pledge = (await retry.JsonAsync()).GetProperty("id").GetString();

        var onPlan = await (await alice.GetAsync($"/api/v1/charities/{charity}/resourcing/lines/{line}")).JsonAsync();
        Assert.Equal([pledge], onPlan.GetProperty("pledges").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await fiona.PostAsync($"/api/v1/funders/{funder}/pledges/{pledge}/withdraw", null)).StatusCode);
    }

    /// <summary>The first attempt commits and loses its answer (503); the retry with the same key answers 201 with its id.</summary>
    private async Task<string> FirstLostThenRetriedAsync(HttpClient client, string grainMethod, string path, string json, Type? grain = null)
    {
        var retry = await RetriedAfterLostAnswerAsync(client, grainMethod, path, json, grain);
        var id = (await retry.JsonAsync()).GetProperty("id").GetString()!;
        Assert.EndsWith($"/{id}", retry.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return id;
    }

    /// <summary>The first attempt commits and loses its answer (503); the retry with the same key answers 201, returned.</summary>
    private async Task<HttpResponseMessage> RetriedAfterLostAnswerAsync(HttpClient client, string grainMethod, string path, string json, Type? grain = null)
    {
        _fault.LoseAnswerOf(grainMethod, grain);
        var key = $"key-{Guid.NewGuid():n}";

        var first = await client.SendAsync(Post(path, json, key));
        var retry = await client.SendAsync(Post(path, json, key));

        await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(_fault.Fired, $"{grainMethod} was not called.");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        return retry;
    }

    [Fact]
    public async Task EvidenceAndAShareWhoseAnswersWereLostAreEachMadeOnce()
    {
        var alice = await _portal.ClientForAsync("alice");
        var fiona = await _portal.ClientForAsync("fiona");
        var orgId = await alice.RegisterAsync();
        var funderOrgId = await fiona.RegisterFunderAsync();
        var workstream = await alice.StartWorkstreamAsync(orgId);

        var evidence = await FirstLostThenRetriedAsync(alice, nameof(ICharityGrain.RecordEvidenceAsync), $"/api/v1/charities/{orgId}/evidence",
            $$"""{"kind":"MeetingNote","title":"Members chose the venue","workstreamId":"{{workstream}}"}""");
        var share = await FirstLostThenRetriedAsync(alice, nameof(ICharityGrain.ShareAsync), $"/api/v1/charities/{orgId}/shares",
            SharingHttp.ShareJson(funderOrgId, """["Journey"]"""));

        var items = await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence")).JsonAsync();
        Assert.Equal([evidence], items.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var shares = await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares")).JsonAsync();
        Assert.Equal([share], shares.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task APledgeWhoseAnswerWasLostAtTheCharityIsOfferedOnce()
    {
        var alice = await _portal.ClientForAsync("alice");
        var fiona = await _portal.ClientForAsync("fiona");
        var orgId = await alice.RegisterAsync();
        var funderOrgId = await fiona.RegisterFunderAsync();
        var line = (await (await alice.PostAsync($"/api/v1/charities/{orgId}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine)))
            .JsonAsync()).GetProperty("id").GetString();
        await alice.ShareAsync(orgId, funderOrgId, """["Resourcing"]""");

        // The charity records the pledge and its answer to the funder grain is lost: the funder's request fails after the commit.
        var retry = await RetriedAfterLostAnswerAsync(fiona, nameof(ICharityGrain.OfferPledgeAsync), $"/api/v1/funders/{funderOrgId}/pledges",
            $$"""{"charityOrgId":"{{orgId}}","lineId":"{{line}}","amountPence":50000}""", typeof(ICharityGrain));

        var pledge = (await retry.JsonAsync()).GetProperty("id").GetString();
        var stored = await (await alice.GetAsync($"/api/v1/charities/{orgId}/resourcing/lines/{line}")).JsonAsync();
        Assert.Equal([pledge], stored.GetProperty("pledges").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ARoundApplicationWhoseAnswerWasLostIsSubmittedOnce()
    {
        var cast = await _portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        await cast.Funder.MoveToAsync(roundId, "Open");

        var application = await FirstLostThenRetriedAsync(cast.CharityA, nameof(IGrantRoundGrain.SubmitApplicationAsync),
            $"/api/v1/rounds/{roundId}/applications",
            $$"""{"charityOrgId":"{{cast.OrgA}}","amountRequestedPence":400000,"summary":"Our peer mentors","eligibilityAnswers":{"q1":true},"linkJourney":true}""");

        var applications = await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/applications")).JsonAsync();
        Assert.Equal([application], applications.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ARetriedInvitationLinkIsTheSameInvitationWithANewLinkThatWorks()
    {
        var alice = await _portal.ClientForAsync("alice");
        var bob = await _portal.ClientForAsync("bob");
        var orgId = await alice.RegisterAsync();

        var retry = await RetriedAfterLostAnswerAsync(alice, nameof(ICharityGrain.InviteAsync), $"/api/v1/charities/{orgId}/invitations",
            """{"role":"Viewer"}""", typeof(ICharityGrain));

        // One invitation: the first attempt's, its link made again (the first link was never shown, and no longer works).
        Assert.Equal(["CharityRegistered", "MemberRoleGranted", "MemberInvited", "InvitationReissued"], StoredEventTypes($"charity/{orgId}"));
        var url = (await retry.JsonAsync()).GetProperty("links")[0].GetProperty("url").GetString()!;
        var joined = await bob.PostAsync($"/api/v1/invitations/{url.Split("/join/")[1]}/accept", null);
        Assert.Equal("Viewer", (await joined.JsonAsync()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task ARetriedPanelInvitationIsTheSameInvitationWithANewLinkThatWorks()
    {
        var alice = await _portal.ClientForAsync("alice");
        var funderOrgId = await alice.RegisterFunderAsync();
        var roundId = (await alice.CreateRoundAsync(funderOrgId)).GetProperty("id").GetString()!;

        var retry = await RetriedAfterLostAnswerAsync(alice, nameof(IGrantRoundGrain.InviteAsync), $"/api/v1/rounds/{roundId}/invitations", "{}",
            typeof(IGrantRoundGrain));

        var invitation = await retry.JsonAsync();
        var issued = StoredEventTypes($"round/{roundId}");
        Assert.Single(issued, t => t == "PanelInvitationIssued");
        Assert.Single(issued, t => t == "PanelInvitationReissued");
        var url = invitation.GetProperty("url").GetString()!;
        var token = Uri.UnescapeDataString(url[(url.IndexOf("/panel/join/", StringComparison.Ordinal) + "/panel/join/".Length)..]);
        var accepted = await _portal.CreateClient().PostAsync($"/api/v1/panel-invitations/{token}/accept", Http.Json("{}"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task RetriedAttestationLinksAskEachParticipantOnce()
    {
        var alice = await _portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var workstream = await alice.StartWorkstreamAsync(orgId);
        var evidence = await alice.RecordEvidenceAsync(orgId, workstream, "Members chose the venue", """ "visibility":"Private" """);

        var retry = await RetriedAfterLostAnswerAsync(alice, nameof(ICharityGrain.RequestAttestationsAsync),
            $"/api/v1/charities/{orgId}/evidence/{evidence}/attestations", """{"participants":["p-1","p-2"]}""");

        var links = (await retry.JsonAsync()).GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(["p-1", "p-2"], links.Select(l => l.GetProperty("participant").GetString()));
        var item = await (await alice.GetAsync($"/api/v1/charities/{orgId}/evidence/{evidence}")).JsonAsync();
        Assert.Equal(2, item.GetProperty("attestation").GetProperty("asked").GetInt32());
        var url = links[0].GetProperty("url").GetString()!;
        var prompt = await _portal.CreateClient().GetAsync($"/api/v1/attestations/{url[(url.LastIndexOf('/') + 1)..]}");
        Assert.Equal(HttpStatusCode.OK, prompt.StatusCode);
    }

    /// <summary>The types of a stream's events, oldest first, as stored.</summary>
    private List<string> StoredEventTypes(string streamId)
    {
        using var connection = new SqliteConnection($"Data Source={_portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type FROM events WHERE stream_id = $s ORDER BY version";
        command.Parameters.AddWithValue("$s", streamId);
        using var reader = command.ExecuteReader();
        var types = new List<string>();
        while (reader.Read())
            types.Add(reader.GetString(0));
        return types;
    }

    private static HttpRequestMessage Post(string path, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Http.Json(json) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    /// <summary>
    /// Makes the next call of one grain method fail once: before it runs, or after it ran (its answer lost). The method is
    /// named by its name, and by its interface when another grain has one of that name.
    /// </summary>
    private sealed class GrainFault : IIncomingGrainCallFilter
    {
        private string? _method;
        private Type? _grain;
        private bool _afterRunning;

        public bool Fired { get; private set; }

        public void FailBeforeRunning(string method) => (_method, _grain, _afterRunning, Fired) = (method, null, false, false);

        public void LoseAnswerOf(string method, Type? grain = null) => (_method, _grain, _afterRunning, Fired) = (method, grain, true, false);

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            var hit = _method is not null && context.InterfaceMethod?.Name == _method
                && (_grain is null || context.InterfaceMethod.DeclaringType == _grain);
            if (hit && !_afterRunning)
                Fail();
            await context.Invoke();
            if (hit && _afterRunning)
                Fail();
        }

        private void Fail()
        {
            _method = null;
            Fired = true;
            throw new TimeoutException("A fault of the test: the call failed after (or instead of) its write.");
        }
    }
}
