using System.Diagnostics;
using System.Net;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.Imports;

/// <summary>
/// A 5,000-grant 360Giving JSON package brought in by a funder: checked first (a dry run), then imported, each in under
/// 30 s from the POST to the import reading Done, and imported once more (every grant unchanged). The import runs in the
/// background while the funder keeps answering: its profile is read throughout the import and the slowest read shown.
/// Each import is checked: Done, no problem, every grant counted, an invitation for every recipient not on the portal.
/// </summary>
internal static class ImportsScenario
{
    public const string Section = "imports";
    public const double MaxSeconds = 30;
    private static readonly TimeSpan ScenarioWithin = TimeSpan.FromMinutes(4);

    /// <summary>Grants in the file, the recipients they go to, and how many of those are on the portal.</summary>
    private sealed record Sizes(int Grants, int Recipients, int OnPortal)
    {
        public static Sizes For(BenchmarkOptions options) => options.Pick(new Sizes(5_000, 1_000, 50), new Sizes(100, 20, 5));
    }

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var sizes = Sizes.For(options);
        Console.WriteLine($"== imports: a 360Giving package of {sizes.Grants:N0} grants to {sizes.Recipients:N0} recipients ({sizes.OnPortal} on the portal), checked, imported, imported again");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ScenarioWithin);
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("imports"));
        await using var host = await PortalHost.StartAsync(settings, bounded.Token);
        using var api = new PortalApi(settings.BaseAddress);
        await api.SignInAsync(bounded.Token);
        await api.RegisterFunderAsync(GrantFile.FunderOrgId, "Bench Trust", "360G-bench", bounded.Token);
        for (var r = 0; r < sizes.OnPortal; r++)
            await api.RegisterCharityAsync(GrantFile.RecipientOrgId(r), $"Recipient {r}", bounded.Token);
        var file = GrantFile.Package(sizes.Grants, sizes.Recipients);
        table.Add(new Figure(Section, "the file: grants, bytes", $"{Show.Count(sizes.Grants)}, {Show.Bytes(file.Length)}"));

        var dry = await ImportAsync(api, file, dryRun: true, sizes, bounded.Token);
        var real = await ImportAsync(api, file, dryRun: false, sizes, bounded.Token);
        var again = await ImportAsync(api, file, dryRun: false, sizes, bounded.Token);
        var grants = await api.CountGrantsAsync(GrantFile.FunderOrgId, bounded.Token);
        if (grants != sizes.Grants)
            throw new InvalidOperationException($"The funder holds {grants} grants after importing {sizes.Grants} twice.");
        await host.StopAsync();

        table.Add(new Figure(Section, $"dry run of {Show.Count(sizes.Grants)} grants: POST to Done", Show.Seconds(dry.Took),
            $"< {MaxSeconds:0} s", dry.Took.TotalSeconds < MaxSeconds));
        table.Add(new Figure(Section, $"import of {Show.Count(sizes.Grants)} grants: POST to Done", Show.Seconds(real.Took),
            $"< {MaxSeconds:0} s", real.Took.TotalSeconds < MaxSeconds));
        table.Add(new Figure(Section, "for scale: the same file again (every grant unchanged)", Show.Seconds(again.Took)));
        table.Add(new Figure(Section, "GET funder's profile while it imports (between reads of the import)", Show.Median(real.Reads)));
        table.Add(new Figure(Section, "counted: imported / unchanged / invitations (real import, then again)",
            $"{real.Imported} / {real.Unchanged} / {real.Invitations}, then {again.Imported} / {again.Unchanged}"));
    }

    private sealed record Outcome(TimeSpan Took, int Imported, int Unchanged, int Invitations, Timings Reads);

    /// <summary>
    /// One import, timed from the POST to the first read that says Done; the funder's profile is read between reads of
    /// the import (it must answer while the import runs). Checks what the import counted.
    /// </summary>
    private static async Task<Outcome> ImportAsync(PortalApi api, byte[] file, bool dryRun, Sizes sizes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var location = await api.StartImportAsync(GrantFile.FunderOrgId, file, "grants.json", dryRun, cancellationToken);
        var reads = new List<double>();
        while (true)
        {
            using var import = await api.GetImportAsync(location, cancellationToken);
            var root = import.RootElement;
            var status = root.GetProperty("status").GetString();
            if (status is "Done" or "Failed")
            {
                var took = clock.Elapsed;
                var (imported, unchanged) = (root.GetProperty("imported").GetInt32(), root.GetProperty("unchanged").GetInt32());
                var (problems, invitations) = (root.GetProperty("problems").GetArrayLength(), root.GetProperty("invitations").GetArrayLength());
                var expected = dryRun || unchanged == 0 ? (sizes.Grants, 0) : (0, sizes.Grants);
                if (status != "Done" || problems != 0 || (imported, unchanged) != expected || invitations != sizes.Recipients - sizes.OnPortal)
                {
                    throw new InvalidOperationException(
                        $"The import ended {status} with {imported} imported, {unchanged} unchanged, {problems} problems, {invitations} invitations: {root.GetRawText()[..Math.Min(2_000, root.GetRawText().Length)]}");
                }
                return new Outcome(took, imported, unchanged, invitations, new Timings(reads.FirstOrDefault(), reads.Count > 1 ? reads[1..] : [0]));
            }
            var read = Stopwatch.StartNew();
            if (await api.GetFunderStatusAsync(GrantFile.FunderOrgId, cancellationToken) != HttpStatusCode.OK)
                throw new InvalidOperationException("The funder did not answer 200 during the import.");
            reads.Add(read.Elapsed.TotalMilliseconds);
            await Task.Delay(50, cancellationToken);
        }
    }
}
