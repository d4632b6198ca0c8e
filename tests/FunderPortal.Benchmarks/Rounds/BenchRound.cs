using System.Diagnostics;
using System.Globalization;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// The round of issue 5, set up over HTTP as the API's users would: the funder creates it (5 criteria, 0–4 each) and
/// invites 25 panellists who accept without signing in; once open, 1,000 charities register and apply (a bounded
/// number at a time); then it moves to Scoring. A quick run sets up a smaller round (<see cref="RoundSize.Quick"/>).
/// </summary>
internal sealed record BenchRound(string RoundId, IReadOnlyList<string> ApplicationIds, IReadOnlyList<RoundApi> Panel, TimeSpan SetUpIn) : IDisposable
{
    public const int Criteria = 5;
    public const int ScaleMax = 4;
    private const int AtOnce = 32;
    private const string FunderOrgId = "GB-CHC-9100001";

    /// <summary>Every panellist scores every application on every criterion.</summary>
    public int Scores => ApplicationIds.Count * Panel.Count * Criteria;

    /// <summary>£1,000,000 for asks of £1,000–£5,000 each: about a third of 1,000 applications can be funded.</summary>
    private static object Round(RoundSize size) => new
    {
        title = $"Bench round: {size.Applications:#,0} applications",
        budgetPence = 100_000_000L,
        minAwardPence = 100_000L,
        maxAwardPence = 500_000L,
        criteria = Enumerable.Range(1, Criteria).Select(c => new { wording = $"Criterion {c}", weight = c, scaleMax = ScaleMax }).ToArray(),
    };

    public static string CharityOrgId(int number) => string.Create(CultureInfo.InvariantCulture, $"GB-CHC-{4_000_000 + number}");

    public static async Task<BenchRound> SetUpAsync(
        HttpMessageHandler pool, Uri baseAddress, RoundApi funder, RoundSize size, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await funder.RegisterFunderAsync(FunderOrgId, cancellationToken);
        var roundId = await funder.CreateRoundAsync(FunderOrgId, Round(size), cancellationToken);
        var panel = new List<RoundApi>(size.Panellists);
        for (var i = 0; i < size.Panellists; i++)
            panel.Add(await RoundApi.JoinPanelAsync(pool, baseAddress, await funder.InviteAsync(roundId, cancellationToken), cancellationToken));
        await funder.MoveToAsync(roundId, "Open", cancellationToken);

        var ids = new string[size.Applications];
        var options = new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, size.Applications), options, async (number, ct) =>
        {
            var orgId = CharityOrgId(number);
            await funder.RegisterCharityAsync(orgId, string.Create(CultureInfo.InvariantCulture, $"Bench charity {number:0000}"), ct);
            ids[number] = await funder.ApplyAsync(roundId, orgId, 100_000L + (number % 41 * 10_000L), ct);
        });
        await funder.MoveToAsync(roundId, "Scoring", cancellationToken);
        return new BenchRound(roundId, ids, panel, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>A panellist's scores for an application: varied, repeatable, each criterion 0..<see cref="ScaleMax"/>.</summary>
    public static Dictionary<string, int> ScoresFor(int panellist, int application) =>
        Enumerable.Range(1, Criteria).ToDictionary(
            c => string.Create(CultureInfo.InvariantCulture, $"c{c}"),
            c => ((application * 7) + (panellist * 3) + (c * 5) + (application * panellist % 11)) % (ScaleMax + 1),
            StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var panellist in Panel)
            panellist.Dispose();
    }
}
