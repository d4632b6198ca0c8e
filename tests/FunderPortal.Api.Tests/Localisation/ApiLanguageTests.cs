using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// The API in Welsh or English (issue 21): problem titles and the vocabulary's labels follow <c>Accept-Language</c>, and
/// say so (<c>Content-Language</c>, <c>Vary: Accept-Language</c>); field names, enum names and field errors stay.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiLanguageTests(PortalFactory portal)
{
    [Fact]
    public async Task A_refusal_has_a_Welsh_title_when_Welsh_is_asked_for()
    {
        var api = await portal.ClientForAsync($"problem-cy-{Guid.NewGuid():n}");
        var orgId = Http.NewOrgId(); // no charity has it: not found

        var welsh = await SendAsync(api, HttpMethod.Get, $"/api/v1/charities/{orgId}", "cy");
        var body = await welsh.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Heb ei ganfod.", body.GetProperty("title").GetString());
        AssertLocalised(welsh, "cy");

        var english = await SendAsync(api, HttpMethod.Get, $"/api/v1/charities/{orgId}", null);
        Assert.Equal("Not found.", (await english.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("title").GetString());
        AssertLocalised(english, "en");

        var askedEnglish = await SendAsync(api, HttpMethod.Get, $"/api/v1/charities/{orgId}", "en-GB,cy;q=0.5");
        Assert.Equal("Not found.", (await askedEnglish.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("title").GetString());
        AssertLocalised(askedEnglish, "en");
    }

    [Fact]
    public async Task A_validation_problem_has_a_Welsh_title_and_the_same_field_names()
    {
        var api = await portal.ClientForAsync($"problem-invalid-{Guid.NewGuid():n}", checkRequests: false); // sends a body the contract refuses
        var orgId = await api.RegisterAsync();

        var response = await SendAsync(api, HttpMethod.Post, $"/api/v1/charities/{orgId}/workstreams", "cy-GB", Http.Json("""{"title":""}"""));
        var body = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["title"], body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Required: write at least one character.", body.GetProperty("errors").GetProperty("title")[0].GetString()); // for programs: as it is
        Assert.Equal("Nid yw peth o'r hyn a anfonwyd yn ddilys.", body.GetProperty("title").GetString());
        AssertLocalised(response, "cy");
    }

    [Fact]
    public async Task An_empty_answer_gets_a_Welsh_title_from_the_status_code_pages()
    {
        var anonymous = portal.CreateClient();
        var response = await SendAsync(anonymous, HttpMethod.Get, "/api/v1/me/preferences", "cy");

        var body = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Heb awdurdod", body.GetProperty("title").GetString());
        AssertLocalised(response, "cy");
    }

    [Fact]
    public async Task The_vocabulary_has_Welsh_labels_and_the_same_names()
    {
        var client = portal.CreateClient();

        var welsh = await SendAsync(client, HttpMethod.Get, "/api/v1/vocabulary", "cy");
        Assert.Equal(HttpStatusCode.OK, welsh.StatusCode);
        AssertLocalised(welsh, "cy");
        var cy = await welsh.JsonAsync();
        var english = await SendAsync(client, HttpMethod.Get, "/api/v1/vocabulary", null);
        AssertLocalised(english, "en");
        var en = await english.JsonAsync();

        var coDecision = Kind(cy, "CoDecision");
        Assert.Equal("Penderfynu gyda'n gilydd sut y defnyddir adnoddau.", coDecision.GetProperty("description").GetString());
        Assert.Contains("Paneli cyfweld", coDecision.GetProperty("practiceSuggestions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Deciding together how resources are used.", Kind(en, "CoDecision").GetProperty("description").GetString());
        Assert.Contains("Interview panels", Kind(en, "CoDecision").GetProperty("practiceSuggestions").EnumerateArray().Select(p => p.GetString()));

        var why = cy.GetProperty("readinessQuestions")[0];
        Assert.Equal(("Why", "Pam rydyn ni'n gwneud hyn?"), (why.GetProperty("name").GetString(), why.GetProperty("question").GetString()));
        var chair = cy.GetProperty("leadershipIndicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "ChairHasDisability");
        Assert.Equal(("YesNo", 9.5m), (chair.GetProperty("unit").GetString(), chair.GetProperty("nationalBenchmark").GetProperty("percent").GetDecimal()));
        Assert.StartsWith("Yn genedlaethol", chair.GetProperty("nationalBenchmark").GetProperty("description").GetString(), StringComparison.Ordinal);

        // The same shape in both: every property name and every enum name (a JSON string that is not a label) alike.
        Assert.Equal(Shape(en), Shape(cy));
        Assert.Equal(Names(en), Names(cy));
    }

    [Fact]
    public async Task The_contract_is_the_same_in_every_language()
    {
        var client = portal.CreateClient();
        var english = await (await SendAsync(client, HttpMethod.Get, "/openapi/v1.json", null)).Content.ReadAsStringAsync();
        var welsh = await (await SendAsync(client, HttpMethod.Get, "/openapi/v1.json", "cy")).Content.ReadAsStringAsync();
        Assert.Equal(english, welsh);
    }

    private static JsonElement Kind(JsonElement vocabulary, string name) =>
        vocabulary.GetProperty("activityKinds").EnumerateArray().Single(k => k.GetProperty("name").GetString() == name);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? language, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (language is not null)
            request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    private static void AssertLocalised(HttpResponseMessage response, string language)
    {
        Assert.Equal([language], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every property's path, in order.</summary>
    private static List<string> Shape(JsonElement element, string at = "$")
    {
        List<string> paths = [];
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    paths.AddRange([$"{at}.{property.Name}", .. Shape(property.Value, $"{at}.{property.Name}")]);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    paths.AddRange(Shape(item, $"{at}[{i++}]"));
                break;
        }
        return paths;
    }

    private static readonly string[] NameProperties = ["name", "zone", "unit"];

    /// <summary>The enum names: every "name", "zone" and "unit", and the plain lists of names.</summary>
    private static List<string?> Names(JsonElement vocabulary) =>
    [
        .. vocabulary.EnumerateObject().SelectMany(list => list.Value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
            ? item.GetString()
            : string.Join("/", NameProperties.Select(p => item.TryGetProperty(p, out var v) ? v.GetString() : null)))),
    ];
}
