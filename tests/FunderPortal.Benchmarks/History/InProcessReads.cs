using System.Globalization;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Benchmarks.History;

/// <summary>
/// Targets 2 and 3 without HTTP or Orleans: the store opened in this process on a copy of the host's database
/// (taken after the host stopped), timing exactly what a charity grain does on activation
/// (<see cref="EventSourcedState{TState,TEvent}.LoadAsync"/>) and for an asOf read
/// (<see cref="EventSourcedState{TState,TEvent}.StateAsOfAsync"/>).
/// </summary>
internal static class InProcessReads
{
    private const int NoSuchSnapshotSchema = 999_999;

    public static async Task RunAsync(
        string section, string databaseFile, string copyFolder, string orgId, long version, AsOfInstants instants, int runs, int fullFoldRuns,
        ResultTable table, CancellationToken cancellationToken)
    {
        var copy = CopyDatabase(databaseFile, copyFolder);
        await using var store = new SqliteEventStore(copy, NullLogger<SqliteEventStore>.Instance);
        var streamId = StreamIds.Charity(orgId);

        long loaded = 0;
        var load = await Timings.MeasureAsync(runs, async () =>
        {
            var state = NewState(streamId, CharityState.SnapshotSchema, store);
            await state.LoadAsync(cancellationToken);
            loaded = state.State.Version;
        });
        Expect(loaded == version, $"LoadAsync reached version {loaded}, not {version}.");
        table.Add(new Figure(section, $"activation in-process: LoadAsync of {Show.Count(version)} events",
            Show.Median(load), $"median {ActivationGoal.Text}", ActivationGoal.IsMet(load.MedianMs)));

        // For scale: the same load if there were no snapshots (a schema nobody wrote, never snapshotting).
        var fullFold = await Timings.MeasureAsync(fullFoldRuns, async () =>
        {
            var state = NewState(streamId, NoSuchSnapshotSchema, store, snapshotEvery: int.MaxValue);
            await state.LoadAsync(cancellationToken);
            loaded = state.State.Version;
        });
        Expect(loaded == version, $"The full fold reached version {loaded}, not {version}.");
        table.Add(new Figure(section, "for scale: the same load folding every event (no snapshot)", Show.Median(fullFold)));

        var halfway = await TimeAsOfAsync(store, streamId, instants.Halfway, runs, cancellationToken);
        Expect(halfway.Version == instants.HalfwayVersion, $"StateAsOfAsync at event {instants.HalfwayVersion}'s instant reached version {halfway.Version}.");
        table.Add(new Figure(section, $"asOf event {Show.Count(halfway.Version)} in-process: StateAsOfAsync",
            Show.Median(halfway.Timings), $"median {ActivationGoal.Text}", ActivationGoal.IsMet(halfway.Timings.MedianMs)));

        var early = await TimeAsOfAsync(store, streamId, instants.Early, runs, cancellationToken);
        Expect(early.Version == instants.EarlyVersion, $"StateAsOfAsync at event {instants.EarlyVersion}'s instant reached version {early.Version}.");
        table.Add(new Figure(section, $"for scale: asOf event {Show.Count(early.Version)} in-process (most events after it)", Show.Median(early.Timings)));
    }

    private static async Task<(long Version, Timings Timings)> TimeAsOfAsync(
        IEventStore store, string streamId, string instantText, int runs, CancellationToken cancellationToken)
    {
        var instant = DateTimeOffset.Parse(instantText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        long past = 0;
        var timings = await Timings.MeasureAsync(runs, async () =>
        {
            var state = NewState(streamId, CharityState.SnapshotSchema, store);
            past = (await state.StateAsOfAsync(instant, cancellationToken)).Version;
        });
        return (past, timings);
    }

    private static EventSourcedState<CharityState, CharityEvent> NewState(
        string streamId, int schema, IEventStore store, int snapshotEvery = EventSourcedState<CharityState, CharityEvent>.DefaultSnapshotEvery) =>
        new(streamId, schema, store, new SystemClock(), NullLogger.Instance, snapshotEvery);

    /// <summary>The database file and its write-ahead log if one is left (the shared-memory index is rebuilt on open).</summary>
    private static string CopyDatabase(string databaseFile, string folder)
    {
        var copy = Path.Combine(folder, Path.GetFileName(databaseFile));
        File.Copy(databaseFile, copy);
        if (File.Exists(databaseFile + "-wal"))
            File.Copy(databaseFile + "-wal", copy + "-wal");
        return copy;
    }

    private static void Expect(bool condition, string otherwise)
    {
        if (!condition)
            throw new InvalidOperationException(otherwise);
    }
}
