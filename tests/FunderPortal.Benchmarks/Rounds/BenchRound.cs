using System.Diagnostics;
using System.Globalization;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// The round of issue 5, set up over HTTP as the API's users would: the funder creates it (5 criteria, 0–4 each) and
/// invites 25 panellists who accept without signing in; once open, 1,000 charities register and apply (a bounded
/// number at a time); then it moves to Scoring.
/// </summary>
internal sealed record BenchRound(string RoundId, IReadOnlyList<string> ApplicationIds, IReadOnlyList<RoundApi> Panel, TimeSpan SetUpIn) : IDisposable
{
    public const int Applications = 1_000;
    public const int Panellists = 25;
    public const int Criteria = 5;
    public const int ScaleMax = 4;
    public const int Scores = Applications * Panellists * Criteria;
    private const int AtOnce = 32;
    private const string FunderOrgId = "GB-CHC-9100001";

    /// <summary>£1,000,000 for asks of £1,000–£5,000 each: about a third of the applications can be funded.</summary>
    private static readonly object Round = new
    {
        title = "Bench round: 1,000 applications",
        budgetPence = 100_000_000L,
        minAwardPence = 100_000L,
        maxAwardPence = 500_000L,
        criteria = Enumerable.Range(1, Criteria).Select(c => new { wording = $"Criterion {c}", weight = c, scaleMax = ScaleMax }).ToArray(),
    };

    public static string CharityOrgId(int number) => string.Create(CultureInfo.InvariantCulture, $"GB-CHC-{4_000_000 + number}");

    public static async Task<BenchRound> SetUpAsync(HttpMessageHandler pool, Uri baseAddress, RoundApi funder, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await funder.RegisterFunderAsync(FunderOrgId, cancellationToken);
        var roundId = await funder.CreateRoundAsync(FunderOrgId, Round, cancellationToken);
        var panel = new List<RoundApi>(Panellists);
        for (var i = 0; i < Panellists; i++)
            panel.Add(await RoundApi.JoinPanelAsync(pool, baseAddress, await funder.InviteAsync(roundId, cancellationToken), cancellationToken));
        await funder.MoveToAsync(roundId, "Open", cancellationToken);

        var ids = new string[Applications];
        var options = new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, Applications), options, async (number, ct) =>
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
