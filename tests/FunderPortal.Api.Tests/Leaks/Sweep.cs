using System.Net;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>What one GET answered: status, and headers with body as text (a file's name travels in a header).</summary>
public sealed record Answer(string Caller, string Url, HttpStatusCode Status, string Text)
{
    public override string ToString() => $"{Caller}: GET {Url} ({(int)Status})";
}

/// <summary>Calls routes as one caller and looks for what must not be there.</summary>
public static class Sweep
{
    /// <summary>
    /// The URLs for every route, with the names of routes that could not be filled (they must be on the skip list,
    /// and everything on the skip list must still exist, so the list cannot silently go stale).
    /// </summary>
    public static IReadOnlyList<string> UrlsFor(IEnumerable<SweptRoute> routes, RouteValues values, IReadOnlyDictionary<string, string> skipped)
    {
        var routeList = routes.ToList();
        var unfilled = new List<string>();
        var urls = new List<string>();
        foreach (var route in routeList.Where(r => !skipped.ContainsKey(r.Name)))
        {
            if (values.Urls(route) is { } filled)
                urls.AddRange(filled);
            else
                unfilled.Add($"{route.Name} {route.Template}");
        }
        Assert.True(unfilled.Count == 0, "Routes neither called nor on the skip list (give their parameters a value, or skip them with a reason):"
            + Environment.NewLine + string.Join(Environment.NewLine, unfilled));
        var stale = skipped.Keys.Where(name => routeList.TrueForAll(r => r.Name != name)).ToList();
        Assert.True(stale.Count == 0, "On the skip list but no longer served: " + string.Join(", ", stale));
        return urls;
    }

    public static async Task<IReadOnlyList<Answer>> GetAllAsync(string caller, HttpClient client, IEnumerable<string> urls)
    {
        var answers = new List<Answer>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            answers.Add(new Answer(caller, url, response.StatusCode, $"{response.Headers}{response.Content.Headers}{body}"));
        }
        // A route that fails cannot be trusted not to leak when it is mended.
        Assert.DoesNotContain(answers, a => (int)a.Status >= 500);
        return answers;
    }

    /// <summary>"caller: 120 calls (85×200, 35×404)", for the test's output.</summary>
    public static string Summary(IReadOnlyList<Answer> answers) =>
        $"{(answers.Count == 0 ? "" : answers[0].Caller)}: {answers.Count} calls ("
        + string.Join(", ", answers.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{g.Key}")) + ")"
        + string.Concat(answers.Where(a => a.Status == HttpStatusCode.BadRequest).Select(a => $"; 400: {a.Url}"));

    /// <summary>Each answer that shows one of <paramref name="forbidden"/>, described for the failure message.</summary>
    public static IEnumerable<string> Showing(this IEnumerable<Answer> answers, IEnumerable<string> forbidden) =>
        from answer in answers
        from text in forbidden
        where answer.Text.Contains(text, StringComparison.Ordinal)
        select $"{answer} shows \"{text}\"";

    /// <summary>Those of <paramref name="wanted"/> that no answer shows.</summary>
    public static IEnumerable<string> Unseen(this IEnumerable<Answer> answers, IEnumerable<string> wanted) =>
        wanted.Where(text => !answers.Any(a => a.Text.Contains(text, StringComparison.Ordinal)));

    public static void AssertNoneShow(IEnumerable<Answer> answers, IEnumerable<string> forbidden)
    {
        var leaks = answers.Showing(forbidden).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:" + Environment.NewLine + string.Join(Environment.NewLine, leaks));
    }

    public static void AssertAllShown(IEnumerable<Answer> answers, IEnumerable<string> wanted, string who)
    {
        var unseen = answers.Unseen(wanted).ToList();
        Assert.True(unseen.Count == 0, $"{who} should see these somewhere, and did not (the sweep cannot see what it looks for): " + string.Join(", ", unseen));
    }
}
