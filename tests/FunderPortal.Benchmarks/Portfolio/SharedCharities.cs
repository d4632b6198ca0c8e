using System.Diagnostics;
using System.Globalization;
using FunderPortal.Benchmarks.Http;

namespace FunderPortal.Benchmarks.Portfolio;

/// <summary>
/// Charities that share everything with one funder, set up over HTTP a bounded number at a time. Each is registered
/// (size bands in turn), starts a workstream, sets a rung, records its leadership indicators and, every tenth, an open
/// barrier, all before it shares, so each charity pushes its summary to the funder exactly once: when it shares.
/// </summary>
internal static class SharedCharities
{
    public const int AtOnce = 32;
    public const int BarrierEvery = 10;
    public const string BarrierKind = "PowerImbalance";

    /// <summary>register, workstream, rung, leadership, share; plus a barrier for one charity in <see cref="BarrierEvery"/>.</summary>
    public const double RequestsEach = 5 + (1.0 / BarrierEvery);

    private static readonly string[] SizeBands = ["Micro", "Small", "Medium", "Large", "Major"];
    private static readonly string[] Scope = ["Journey", "Resourcing", "Evidence"];

    public static string OrgId(int number) => string.Create(CultureInfo.InvariantCulture, $"GB-CHC-{3_000_000 + number}");

    /// <summary>Sets up charities <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1; returns how long it took.</summary>
    public static async Task<TimeSpan> ShareAsync(PortalApi api, string funderOrgId, int first, int count, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var options = new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(first, count), options, (number, ct) => new ValueTask(ShareOneAsync(api, funderOrgId, number, ct)));
        return Stopwatch.GetElapsedTime(started);
    }

    private static async Task ShareOneAsync(PortalApi api, string funderOrgId, int number, CancellationToken cancellationToken)
    {
        var orgId = OrgId(number);
        await api.RegisterCharityAsync(orgId, string.Create(CultureInfo.InvariantCulture, $"Bench charity {number:0000}"),
            SizeBands[number % SizeBands.Length], cancellationToken);
        var workstreamId = await api.StartWorkstreamAsync(orgId, "Co-designing the service", cancellationToken);
        var rung = await api.SetCoDesignRungAsync(orgId, workstreamId, "Consultation", cancellationToken);
        if (!RungWriter.IsSuccess(rung))
            throw new InvalidOperationException($"Setting a rung of {orgId} answered {(int)rung}.");
        await api.RecordLeadershipAsync(orgId, number % 101, number % 3 == 0, cancellationToken);
        if (number % BarrierEvery == 0)
            await api.RecordBarrierAsync(orgId, workstreamId, BarrierKind, cancellationToken);
        await api.ShareAsync(orgId, funderOrgId, Scope, cancellationToken);
    }
}
