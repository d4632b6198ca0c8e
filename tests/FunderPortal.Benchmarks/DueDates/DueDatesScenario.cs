using System.Diagnostics;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Data.Sqlite;

namespace FunderPortal.Benchmarks.DueDates;

/// <summary>
/// Target 16: 10,000 charities whose check-ins fall due on the same day. Each charity (its own editor, so its own
/// notification centre) is registered with an 8-day interval just before midnight UTC by the product clock, so "check-in
/// due in 7 days" falls due for all of them at that midnight; as many again with nothing due (the default 90 days) are
/// registered beside them. Then every activation is collected, and the scenario waits: at midnight every due-dates
/// reminder fires (real Orleans reminders in the durable SQLite table, real time), each charity activates and tells its
/// member, and the figure is the time from midnight until the last of the 10,000 notifications is recorded in the event
/// store (read from the store, not the grains), under 60 s. The charities with nothing due must not be activated at all.
/// The silo runs in this process (configured as the embedded default, with the scenario's clock: <see cref="DueDatesSilo"/>)
/// so its activations can be counted.
/// </summary>
internal static class DueDatesScenario
{
    public const string Section = "due-dates";
    public const double MaxSeconds = 60;
    private const int IntervalDays = 8;

    /// <summary>Charities due and not, how long registering may take before midnight, how long to wait for every notice.</summary>
    private sealed record Sizes(int Due, int Idle, TimeSpan RegisterWithin, TimeSpan RecordedWithin)
    {
        public static Sizes For(BenchmarkOptions options) => options.Pick(
            new Sizes(10_000, 10_000, TimeSpan.FromSeconds(240), TimeSpan.FromSeconds(180)),
            new Sizes(100, 50, TimeSpan.FromSeconds(75), TimeSpan.FromSeconds(60)));
    }

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var sizes = Sizes.For(options);
        Console.WriteLine($"== due-dates: {Show.Count(sizes.Due)} charities with a check-in falling due at the same midnight, {Show.Count(sizes.Idle)} with nothing due");
        var database = Path.Combine(scratch.Folder(Section), "funderportal.db");
        // Any day will do: the product clock reads this long before midnight now, and runs at real speed.
        var midnight = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);
        var clock = OffsetClock.ReadingNow(midnight - sizes.RegisterWithin);
        await using var silo = await DueDatesSilo.StartAsync(database, clock, cancellationToken);

        var registering = Stopwatch.StartNew();
        var due = Enumerable.Range(0, sizes.Due).Select(i => $"GB-CHC-{7_000_000 + i}").ToList();
        var idle = Enumerable.Range(0, sizes.Idle).Select(i => $"GB-CHC-{8_000_000 + i}").ToList();
        await Parallel.ForEachAsync(due.Select(o => (OrgId: o, Due: true)).Concat(idle.Select(o => (OrgId: o, Due: false))),
            new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellationToken },
            async (charity, _) => await RegisterAsync(silo.Grains, charity.OrgId, charity.Due));
        registering.Stop();
        var beforeMidnight = midnight - clock.UtcNow;
        table.Add(new Figure(Section, "setup: charities registered in-process (due ones with an 8-day interval)",
            $"{Show.Count(sizes.Due + sizes.Idle)} in {Show.Seconds(registering.Elapsed)}"));
        // A reminder waits at least a minute: set later than a minute before midnight, it would fire late and skew the figure.
        if (beforeMidnight < TimeSpan.FromSeconds(61))
            throw new InvalidOperationException($"Registering took {Show.Seconds(registering.Elapsed)}: only {Show.Seconds(beforeMidnight)} were left before midnight, under the reminders' one minute.");

        // Nothing active any more: from now on a charity is activated only by its reminder.
        var management = silo.Grains.GetGrain<IManagementGrain>(0);
        var charityType = silo.Grains.GetGrain<ICharityGrain>(due[0]).GetGrainId().Type;
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // reminders set just after each write, outboxes settled
        for (var attempt = 0; attempt < 30 && (await management.GetActiveGrains(charityType, cancellationToken)).Count > 0; attempt++)
        {
            await management.ForceActivationCollection(TimeSpan.Zero, cancellationToken);
            await Task.Delay(500, cancellationToken);
        }
        var activeBefore = (await management.GetActiveGrains(charityType, cancellationToken)).Count;
        Expect(activeBefore == 0, $"{activeBefore} charities were still active before midnight.");

        await Task.Delay(midnight - clock.UtcNow, cancellationToken);
        var waited = Stopwatch.StartNew();
        var (recorded, last) = (0L, (DateTimeOffset?)null);
        while (waited.Elapsed < sizes.RecordedWithin)
        {
            (recorded, last) = await CountNoticesAsync(database, cancellationToken);
            if (recorded >= sizes.Due)
                break;
            await Task.Delay(250, cancellationToken);
        }
        Expect(recorded == sizes.Due, $"{Show.Count(recorded)} of {Show.Count(sizes.Due)} check-in notifications recorded {Show.Seconds(waited.Elapsed)} after midnight.");
        var took = (last!.Value - midnight).TotalSeconds;

        var active = (await management.GetActiveGrains(charityType, cancellationToken)).Select(g => g.Key.ToString()).ToHashSet(StringComparer.Ordinal);
        var idleActivated = idle.Count(active.Contains);
        var dueActivated = due.Count(active.Contains);
        Expect(idleActivated == 0, $"{idleActivated} charities with nothing due were activated.");

        table.Add(new Figure(Section, $"midnight to the last of {Show.Count(sizes.Due)} check-in notifications recorded (reminders fired, charities told their members)",
            $"{took.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s", $"< {MaxSeconds:0} s", took < MaxSeconds));
        table.Add(new Figure(Section, "charities active after midnight: due / nothing due (the latter must be 0)",
            $"{Show.Count(dueActivated)} of {Show.Count(sizes.Due)} / {Show.Count(idleActivated)} of {Show.Count(sizes.Idle)}"));
    }

    private static async Task RegisterAsync(IGrainFactory grains, string orgId, bool due)
    {
        var charity = grains.GetGrain<ICharityGrain>(orgId);
        var editor = $"due-{orgId}";
        await charity.RegisterAsync(new RegisterCharity(orgId, $"Charity {orgId}", SizeBand.Small, ["Leeds"], [], null), editor);
        if (due)
            await charity.ChangeProfileAsync(new ChangeCharityProfile(null, null, null, null, null, IntervalDays), null, editor);
    }

    /// <summary>Check-in notifications in every person's notification stream, and when the last was recorded.</summary>
    private static async Task<(long Count, DateTimeOffset? Last)> CountNoticesAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), MAX(recorded_at) FROM events
            WHERE stream_id LIKE 'notifications/%' AND type = 'NotificationReceived' AND data LIKE '%"CheckInDue"%'
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : EventTimes.FromText(reader.GetString(1)));
    }

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
            throw new InvalidOperationException(failure);
    }
}
