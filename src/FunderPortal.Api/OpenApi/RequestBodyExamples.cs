using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace FunderPortal.Api.OpenApi;

/// <summary>
/// Gives every JSON request body an example built from its schema, so a reader (and a linter) sees a complete, valid
/// body for each operation. Values follow the field: org-ids, pence, dates, the first of an enum's names.
/// </summary>
public static class RequestBodyExamples
{
    private const int MaxDepth = 6;

    public static void Add(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.RequestBody?.Content is not { } content)
                continue;
            foreach (var entry in content)
            {
                if (entry.Key.Contains("json", StringComparison.Ordinal) && entry.Value is OpenApiMediaType media && media.Example is null && media.Schema is { } schema)
                {
                    media.Example = operation.OperationId is { } id && WrittenExamples.TryGetValue(id, out var written)
                        ? JsonNode.Parse(written)
                        : ExampleOf(schema, name: null, depth: 0);
                }
            }
        }
    }

    /// <summary>Bodies whose generated example would not tell the story: what a real client sends.</summary>
    private static readonly Dictionary<string, string> WrittenExamples = new(StringComparer.Ordinal)
    {
        ["CreateRound"] = """
            {"title":"Lived experience fund 2026","budgetPence":5000000,"minAwardPence":100000,"maxAwardPence":1000000,
             "timetable":{"opens":"2026-04-01","closes":"2026-04-30","scoringEnds":"2026-05-31","decisionsBy":"2026-06-15"},
             "eligibilityQuestions":[{"question":"Is your work led by people with lived experience?","requiredAnswer":true}],
             "criteria":[{"wording":"People with lived experience shaped this work","weight":2,"scaleMax":4},
                         {"wording":"It will make a real difference","weight":1,"scaleMax":4,
                          "anchors":["Not shown at all","Shown a little","Partly shown","Mostly shown","Fully shown"]}],
             "anonymised":true,"judgingMode":"Scoring","rankBy":"Mean","ratePencePerHour":2500}
            """,
        ["ChangeRound"] = """
            {"title":"Lived experience fund 2026","budgetPence":5000000,"minAwardPence":100000,"maxAwardPence":1000000,
             "criteria":[{"wording":"People with lived experience shaped this work","weight":2,"scaleMax":4}]}
            """,
        ["MoveRoundPhase"] = """{"phase":"Open"}""",
        ["ChangeMyPreferences"] = """{"email":"sam@example.org","language":"cy","delivery":{"CheckInDue":"Immediately","FeedbackGiven":"DailyDigest"}}""",
        ["SubmitApplication"] = """
            {"charityOrgId":"GB-CHC-1234567","amountRequestedPence":750000,
             "summary":"Our peer mentors, who have been homeless themselves, will run drop-ins and train new mentors.",
             "eligibilityAnswers":{"q1":true},"linkJourney":true}
            """,
        ["ChangeApplication"] = """
            {"amountRequestedPence":800000,
             "summary":"Our peer mentors, who have been homeless themselves, will run drop-ins and train new mentors.",
             "eligibilityAnswers":{"q1":true},"linkJourney":true}
            """,
        ["SetRoundPublication"] = """{"published":true}""",
        ["SetFunderPublication"] = """{"publish360Giving":true}""",
        ["SetRecordingTranscript"] = """{"transcript":"Hello, we are Hope Street. Our peer mentors have all been homeless themselves..."}""",
        ["InvitePanellist"] = """{"replacesPanellistId":null,"email":"sam@example.org"}""",
        ["InviteCharityMember"] = """{"role":"Editor","email":"sam@example.org"}""",
        ["RequestAttestations"] = """{"participants":["p-1"],"recipients":[{"participant":"p-2","email":"sam@example.org"}]}""",
        ["AcceptPanelInvitation"] = """{"accessibilityNeeds":["LargePrint"],"meetingTimes":"Weekday mornings","payment":"Paid"}""",
        ["DeclareConflict"] = """{"declaration":"Declared","details":"I volunteer at this charity."}""",
        ["SubmitMyScores"] = """{"scores":{"c1":3,"c2":4},"comments":{"c1":"Clearly shaped by their members."},"comment":"A strong application."}""",
        ["SubmitMyTopPicks"] = """{"applicationIds":["3f2c9b1e0d8a4c6b9e7f5a3d1c2b4e6f","9a8b7c6d5e4f30211203f4e5d6c7b8a9"]}""",
        ["RecordDecision"] = """{"outcome":"Funded","amountPence":750000,"rationale":"The panel valued how members lead the work."}""",
        ["RecordPanelTime"] = """{"activity":"Reading","minutes":90,"on":"2026-05-12"}""",
    };

    private static JsonNode? ExampleOf(IOpenApiSchema schema, string? name, int depth)
    {
        if (depth > MaxDepth)
            return null;
        if (schema.OneOf is { Count: > 0 } choices)
            return choices.Select(c => ExampleOf(c, name, depth)).FirstOrDefault(e => e is not null);
        if (schema.Enum is { Count: > 0 } values)
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
        {
            var example = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (ExampleOf(propertySchema, property, depth + 1) is { } value)
                    example[property] = value;
            }
            if (schema.AdditionalProperties is { } values2 && ExampleOf(values2, name, depth + 1) is { } entry)
                example[KeyFor(name)] = entry;
            return example;
        }
        if (type.HasFlag(JsonSchemaType.Array))
            return schema.Items is { } items && ExampleOf(items, name, depth + 1) is { } item ? new JsonArray(item) : new JsonArray();
        if (type.HasFlag(JsonSchemaType.Integer))
            return name?.EndsWith("Pence", StringComparison.Ordinal) == true ? 250_000 : Math.Max(1, Minimum(schema));
        if (type.HasFlag(JsonSchemaType.Number))
            return 1;
        if (type.HasFlag(JsonSchemaType.Boolean))
            return false;
        if (type.HasFlag(JsonSchemaType.String))
            return StringFor(schema, name);
        return null;
    }

    private static long Minimum(IOpenApiSchema schema) =>
        long.TryParse(schema.Minimum, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var min) ? min : 1;

    /// <summary>Dictionaries are keyed by ids the round hands out: criteria "c1", eligibility questions "q1".</summary>
    private static string KeyFor(string? name) => name switch
    {
        "eligibilityAnswers" => "q1",
        _ => "c1",
    };

    private static string StringFor(IOpenApiSchema schema, string? name) => (schema.Format, name) switch
    {
        ("date", _) => "2026-04-01",
        ("date-time", _) => "2026-04-01T09:00:00+00:00",
        (_, "grantIdPrefix") => "360G-hopetrust",
        (_, { } n) when n.EndsWith("rgId", StringComparison.Ordinal) => "GB-CHC-1234567",
        (_, "subject") => "alice@example.org",
        (_, "name") => "Hope Street",
        (_, "title") => "Peer support",
        (_, "currency") => "GBP",
        (_, "areaCodes") => "E06000014",
        (_, { } n) when n.EndsWith("Id", StringComparison.Ordinal) => "3f2c9b1e0d8a4c6b9e7f5a3d1c2b4e6f",
        _ => "Written in plain words.",
    };
}
