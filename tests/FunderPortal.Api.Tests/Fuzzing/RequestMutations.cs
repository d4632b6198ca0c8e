using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace FunderPortal.Api.Tests.Fuzzing;

/// <summary>
/// Bad requests made from good ones: a valid example body (from the contract) or path is bent one way at a time —
/// wrong types, missing and extra fields, huge strings, unicode edge cases, negative and overflowing numbers, dates out of
/// range, invalid ids, wrong content types, truncated or malformed bodies. Seeded, so a failure can be replayed.
/// </summary>
public sealed class RequestMutations(Random random)
{
    private static readonly string[] AwkwardText =
    [
        "", " ", "\u0000", "\uD800", "\uFFFF", "\u202Eevil", "e\u0301\u0301\u0301", "𝕳𝖔𝖕𝖊 🏳️‍🌈👩🏽‍🦯", "'; DROP TABLE events; --",
        "<script>alert(1)</script>", "../../etc/passwd", "%00", "{{7*7}}", new string('x', 100_001), new string('é', 20_000),
    ];

    private static readonly string[] AwkwardNumbers =
        ["-1", "0", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "1e400", "-1e400", "1.5", "0.0000001", "1E2", "-0"];

    private static readonly string[] AwkwardDates = ["\"0001-01-01\"", "\"9999-12-31\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"01/02/2026\"", "\"\"", "20260101"];

    private static readonly string[] AwkwardIds =
        ["x", "%2e%2e", "..", "GB-CHC-1%00", new string('a', 5_000), "ÅÄÖ", "%F0%9F%98%80", "GB-CHC-1;DROP", "null", "-1"];

    public string Kind { get; private set; } = "";

    public string PathFor(string template, Func<string, string> goodValue)
    {
        var bend = random.Next(6) == 0;
        var parts = template.Split('/');
        var names = parts.Where(p => p.StartsWith('{')).ToList();
        var target = bend && names.Count > 0 ? names[random.Next(names.Count)] : null;
        if (target is not null)
            Kind = $"path {target}";
        return string.Join('/', parts.Select(p => !p.StartsWith('{')
            ? p
            : p == target ? Pick(AwkwardIds) : Uri.EscapeDataString(goodValue(p.Trim('{', '}')))));
    }

    public string QueryFor(IReadOnlyList<string> names)
    {
        if (names.Count == 0 || random.Next(3) != 0)
            return "";
        Kind += " query";
        return "?" + string.Join('&', names.Select(n => $"{n}={Uri.EscapeDataString(random.Next(2) == 0 ? Short(Pick(AwkwardText), 50) : Pick(AwkwardNumbers))}"));
    }

    /// <summary>A body and its content type, bent one way.</summary>
    public (byte[] Body, string ContentType) BodyFor(JsonNode? example, string mediaType)
    {
        var json = example?.ToJsonString() ?? "{}";
        switch (random.Next(12))
        {
            case 0:
                Kind = "truncated";
                return (Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]), mediaType);
            case 1:
                Kind = "wrong content type";
                return (Encoding.UTF8.GetBytes(json), Pick(["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data"]));
            case 2:
                Kind = "malformed bytes";
                return (Pick([[0xC3, 0x28], [0xFF, 0xFE, 0x00], Encoding.UTF8.GetBytes("{\"a\":"), Encoding.UTF8.GetBytes("[]"), Encoding.UTF8.GetBytes("null"),
                    Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200))]), mediaType);
            default:
                var node = example?.DeepClone() ?? new JsonObject();
                Bend(node);
                return (Encoding.UTF8.GetBytes(node.ToJsonString()), mediaType);
        }
    }

    private void Bend(JsonNode node)
    {
        var (parent, key) = PickValue(node);
        if (parent is null || key is null)
        {
            Kind = "extra field";
            if (node is JsonObject root)
                root["unexpected" + random.Next(100)] = Short(Pick(AwkwardText), 10);
            return;
        }
        var current = parent[key];
        switch (random.Next(6))
        {
            case 0:
                Kind = $"missing {key}";
                parent.Remove(key);
                break;
            case 1:
                Kind = $"wrong type {key}";
                parent[key] = current switch
                {
                    JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create(random.Next(2) == 0 ? 42 : (object)true)?.DeepClone(),
                    JsonValue => "not a number",
                    JsonArray => new JsonObject { ["a"] = 1 },
                    JsonObject => new JsonArray(1, 2),
                    _ => null,
                };
                break;
            case 2:
                Kind = $"awkward text {key}";
                parent[key] = Pick(AwkwardText);
                break;
            case 3:
                Kind = $"awkward number {key}";
                parent[key] = JsonNode.Parse(Pick(AwkwardNumbers).Replace("1e400", "1e300", StringComparison.Ordinal));
                break;
            case 4:
                Kind = $"awkward date {key}";
                parent[key] = JsonNode.Parse(Pick(AwkwardDates));
                break;
            default:
                Kind = $"null {key}";
                parent[key] = null;
                break;
        }
    }

    /// <summary>A random property of the body at any depth (the object holding it and its name).</summary>
    private (JsonObject? Parent, string? Key) PickValue(JsonNode node)
    {
        var candidates = new List<(JsonObject, string)>();
        void Walk(JsonNode? n, int depth)
        {
            if (depth > 6)
                return;
            if (n is JsonObject o)
            {
                foreach (var (k, v) in o.ToList())
                {
                    candidates.Add((o, k));
                    Walk(v, depth + 1);
                }
            }
            else if (n is JsonArray a)
            {
                foreach (var item in a)
                    Walk(item, depth + 1);
            }
        }
        Walk(node, 0);
        return candidates.Count == 0 ? (null, null) : candidates[random.Next(candidates.Count)];
    }

    private static string Short(string text, int length) => text[..Math.Min(length, text.Length)];

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];

    public static string Describe(int seed, int index) => string.Create(CultureInfo.InvariantCulture, $"seed {seed}, request {index}");
}
