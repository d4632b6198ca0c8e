using System.Globalization;
using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class JourneyRoutesTests(PortalFactory portal)
{
    internal const string FullCheckIn = """
        {"whatWorked":"Paying people for their time","whatDidNot":"Evening meetings","whatNext":"Try Saturdays",
         "readiness":{"Why":{"answer":"Yes","words":"Services designed without members failed"},"WhatToAchieve":{"answer":"Partly"},
           "AccountableToLivedExperience":{"answer":"No","words":"Not yet"},"ParticipantExperienceUnderstood":{"answer":"Partly"},
           "SupportAndSafeguarding":{"answer":"Yes"},"BoardBuyIn":{"answer":"Partly","words":"Two trustees"}},
         "principles":{"Equality":3,"Diversity":2,"Access":4,"Reciprocity":3}}
        """;

    private string Today => DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ACheckInIsCreatedAndTheNextOneIsDueNinetyDaysLater()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var before = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync();
        var created = await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(FullCheckIn.Replace("{\"whatWorked\"", "{\"heldOn\":\"2025-12-01\",\"whatWorked\"", StringComparison.Ordinal)));
        var after = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var checkIn = await created.JsonAsync();
        var id = checkIn.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/charities/{orgId}/check-ins/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("No", checkIn.GetProperty("readiness").GetProperty("AccountableToLivedExperience").GetProperty("answer").GetString());
        Assert.Equal(4, checkIn.GetProperty("principles").GetProperty("Access").GetInt32());
        Assert.Equal(DateOnly.Parse(Today, CultureInfo.InvariantCulture).AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            before.GetProperty("nextCheckInDue").GetString());
        Assert.Equal("2026-03-01", after.GetProperty("nextCheckInDue").GetString());
        Assert.Equal(1, after.GetProperty("checkInCount").GetInt32());
        var listed = await (await alice.GetAsync($"/api/v1/charities/{orgId}/check-ins")).JsonAsync();
        Assert.Equal(id, listed[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/v1/charities/{orgId}/check-ins/{id}")).StatusCode);
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/check-ins/nope")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ACheckInRecordsSkillsNeededAndGapsClosedOnlyByTrainingLines()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var staff = await (await alice.PostAsync($"/api/v1/charities/{orgId}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine))).JsonAsync();
        var training = await (await alice.PostAsync($"/api/v1/charities/{orgId}/resourcing/lines", Http.Json(
            ResourcingRoutesTests.StaffLine.Replace("StaffTime", "TrainingAndSkills", StringComparison.Ordinal)))).JsonAsync();
        string WithSkills(string lineId) => FullCheckIn.TrimEnd()[..^1] + $$$"""
            ,"skills":{"needed":"Chairing meetings members lead","gaps":[{"kind":"Facilitation","text":"Nobody has chaired yet","planLineId":"{{{lineId}}}"},{"kind":"PayingPeopleAndBenefitsAdvice","text":"Benefits rules"}]}}
            """;

        await (await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(WithSkills(staff.GetProperty("id").GetString()!))))
            .AssertInvalidAsync("skills.gaps[0].planLineId");
        var created = await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(WithSkills(training.GetProperty("id").GetString()!)));
        var plain = await (await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(FullCheckIn))).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        var skills = (await (await alice.GetAsync($"/api/v1/charities/{orgId}/check-ins/{id}")).JsonAsync()).GetProperty("skills");
        Assert.Equal("Chairing meetings members lead", skills.GetProperty("needed").GetString());
        Assert.Equal(["Facilitation", "PayingPeopleAndBenefitsAdvice"], skills.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("kind").GetString()));
        Assert.Equal(training.GetProperty("id").GetString(), skills.GetProperty("gaps")[0].GetProperty("planLineId").GetString());
        Assert.Equal(JsonValueKind.Null, skills.GetProperty("gaps")[1].GetProperty("planLineId").ValueKind);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("skills").GetProperty("needed").ValueKind);
        Assert.Equal(0, plain.GetProperty("skills").GetProperty("gaps").GetArrayLength());
    }

    [Fact]
    public async Task ProgressBetweenTwoInstantsHasTheExactShape()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var ws = await alice.StartWorkstreamAsync(orgId);
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/rungs/CoDecision", Http.Json("""{"current":"Consultation","target":"CoProduction"}"""));
        var milestone = await (await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/milestones", Http.Json($$"""{"title":"Members on the interview panel","plannedDate":"{{Today}}"}"""))).JsonAsync();
        var barrier = await (await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/barriers", Http.Json("""{"kind":"PowerImbalance","description":"Staff talk over members","mitigation":"Members chair"}"""))).JsonAsync();
        var from = portal.Clock.UtcNow;
        portal.Clock.Advance(TimeSpan.FromDays(60));
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/rungs/CoDecision", Http.Json("""{"current":"CoDesign","target":"CoProduction"}"""));
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/milestones/{milestone.GetProperty("id")}", Http.Json($$"""{"title":"Members on the interview panel","plannedDate":"{{Today}}","doneDate":"{{Today}}"}"""));
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/barriers/{barrier.GetProperty("id")}", Http.Json("""{"kind":"PowerImbalance","description":"Staff talk over members","mitigation":"Members chair","status":"Overcome"}"""));
        await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(FullCheckIn));
        var to = portal.Clock.UtcNow;

        var response = await alice.GetAsync($"/api/v1/charities/{orgId}/journey/progress?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var progress = await response.JsonAsync();
        Assert.Equal(["barriersOvercome", "checkIns", "evidenceAdded", "from", "fundingSecuredPence", "milestonesMet", "participants", "rungChanges", "to"],
            progress.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, progress.GetProperty("fundingSecuredPence").GetInt64());
        Assert.Equal(["firstTime", "seldomHeardGroupsReached", "tookPart"], progress.GetProperty("participants").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, progress.GetProperty("participants").GetProperty("tookPart").GetInt32());
        Assert.Equal(0, progress.GetProperty("evidenceAdded").GetArrayLength());
        var change = progress.GetProperty("rungChanges").EnumerateArray().Single();
        Assert.Equal(ws, change.GetProperty("workstreamId").GetString());
        Assert.Equal("CoDecision", change.GetProperty("activityKind").GetString());
        Assert.Equal("Consultation", change.GetProperty("from").GetString());
        Assert.Equal("CoDesign", change.GetProperty("to").GetString());
        Assert.Equal(milestone.GetProperty("id").GetString(), progress.GetProperty("milestonesMet")[0].GetProperty("milestoneId").GetString());
        Assert.Equal("PowerImbalance", progress.GetProperty("barriersOvercome")[0].GetProperty("kind").GetString());
        Assert.Single(progress.GetProperty("checkIns").EnumerateArray());
    }

    [Fact]
    public async Task ProgressFromAfterToIsInvalid()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey/progress?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z")).AssertInvalidAsync("from");
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey/progress")).AssertInvalidAsync("from");
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey/progress?from=2026-03-01T00:00:00Z&to=soon")).AssertInvalidAsync("to");
    }

    [Fact]
    public async Task WorkstreamsCarryParticipantsPracticesMilestonesAndBarriers()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var ws = await alice.StartWorkstreamAsync(orgId);

        var participants = await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/participants",
            Http.Json("""{"count":14,"seldomHeardGroupsReached":["Homeless","LgbtPlus"],"roles":["Peer mentor"]}"""));
        var practices = await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/practices/CoDelivery",
            Http.Json("""{"practices":["Peer mentoring","Leading groups"]}"""));
        var workstream = await (await alice.GetAsync($"/api/v1/charities/{orgId}/workstreams/{ws}")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, participants.StatusCode);
        Assert.Equal(HttpStatusCode.OK, practices.StatusCode);
        Assert.Equal(14, workstream.GetProperty("participants").GetProperty("count").GetInt32());
        Assert.Equal(["LgbtPlus", "Homeless"], workstream.GetProperty("participants").GetProperty("seldomHeardGroupsReached").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["Peer mentoring", "Leading groups"], workstream.GetProperty("practices").GetProperty("CoDelivery").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, workstream.GetProperty("practices").GetProperty("CoDesign").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, workstream.GetProperty("milestones").ValueKind);
        Assert.Equal(JsonValueKind.Array, workstream.GetProperty("barriers").ValueKind);
    }

    [Fact]
    public async Task LeadershipIndicatorsAreShownBesideTheNationalBenchmarks()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var put = await alice.PutAsync($"/api/v1/charities/{orgId}/leadership",
            Http.Json("""{"volunteersWhoAreOrWereServiceUsers":72,"chairHasDisability":true,"trusteesWithLivedExperience":3}"""));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var indicators = (await (await alice.GetAsync($"/api/v1/charities/{orgId}/leadership")).JsonAsync()).GetProperty("indicators");
        var volunteers = indicators.EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "VolunteersWhoAreOrWereServiceUsers");
        Assert.Equal(72, volunteers.GetProperty("value").GetInt32());
        Assert.Equal(67, volunteers.GetProperty("nationalBenchmark").GetProperty("percent").GetDecimal());
        var chair = indicators.EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "ChairHasDisability");
        Assert.True(chair.GetProperty("answer").GetBoolean());
        Assert.Equal(9.5m, chair.GetProperty("nationalBenchmark").GetProperty("percent").GetDecimal());
        Assert.Equal(6, indicators.GetArrayLength());
        await (await alice.PutAsync($"/api/v1/charities/{orgId}/leadership", Http.Json("""{"volunteersWhoAreOrWereServiceUsers":101}""")))
            .AssertInvalidAsync("volunteersWhoAreOrWereServiceUsers");
    }

    [Fact]
    public async Task TheVocabularyOffersPracticeSuggestions()
    {
        var vocabulary = await (await portal.CreateClient().GetAsync("/api/v1/vocabulary")).JsonAsync();

        var coDecision = vocabulary.GetProperty("activityKinds").EnumerateArray().Single(k => k.GetProperty("name").GetString() == "CoDecision");
        Assert.Contains("Interview panels", coDecision.GetProperty("practiceSuggestions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("DoingWith", vocabulary.GetProperty("ladderRungs")[6].GetProperty("zone").GetString());
        Assert.Equal(6, vocabulary.GetProperty("readinessQuestions").GetArrayLength());
    }
}
