using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Rounds;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// The scored round without HTTP or Orleans: the store opened in this process on a copy of the host's database
/// (taken after the host stopped), timing what the round grain does on activation
/// (<see cref="EventSourcedState{TState,TEvent}.LoadAsync"/>, with and without a snapshot), what it does for results
/// (aggregation, ranking, allocation, the view) and what its snapshot costs (serialising the state as the store does).
/// </summary>
internal static class RoundInProcess
{
    private const int FullFoldRuns = 3;
    private const int NoSuchSnapshotSchema = 999_999;

    /// <param name="scores">The scores the round must hold.</param>
    /// <param name="runs">How many times each step is timed; the first apart.</param>
    public static async Task RunAsync(string section, string databaseFile, string copyFolder, string roundId, long version, DateTimeOffset scoringStarted,
        int scores, int runs, ResultTable table, CancellationToken cancellationToken)
    {
        var copy = CopyDatabase(databaseFile, copyFolder);
        var streamId = StreamIds.Round(roundId);
        var snapshots = await ReadSnapshotRowsAsync(copy, streamId, cancellationToken);
        // Snapshots are best effort (a lost one only costs a longer fold): none is shown as such, not a failure.
        table.Add(new Figure(section, "newest snapshot row in the store after the host stopped: version, size of data",
            snapshots.Count == 0 ? "none was saved" : $"event {Show.Count(snapshots[^1].Version)} of {Show.Count(version)}, {Show.Bytes(snapshots[^1].Bytes)}"));
        // A snapshot's recorded_at is its last event's: when it was taken, give or take the timer's 10 s.
        table.Add(new Figure(section, "snapshot rows kept: event (last event's time, s after scoring began)", snapshots.Count == 0 ? "none" :
            string.Join(", ", snapshots.Select(s => $"{Show.Count(s.Version)} ({(s.RecordedAt - scoringStarted).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)})"))));

        await using var store = new SqliteEventStore(copy, NullLogger<SqliteEventStore>.Instance);
        RoundState state = new();
        var load = await Timings.MeasureAsync(runs, async () =>
        {
            var stream = NewStream(streamId, RoundState.SnapshotSchema, store, RoundLimits.SnapshotEvery);
            await stream.LoadAsync(cancellationToken);
            state = stream.State;
        });
        Expect(state.Version == version, $"LoadAsync reached version {state.Version}, not {version}.");
        table.Add(new Figure(section, $"activation in-process: LoadAsync of {Show.Count(version)} events (snapshot + the rest)",
            Show.Median(load), $"median < {RoundScenario.MaxActivationMs:0} ms", load.MedianMs < RoundScenario.MaxActivationMs));

        // For scale: the same load if there were no snapshot (a schema nobody wrote, never snapshotting).
        var fullFold = await Timings.MeasureAsync(FullFoldRuns, async () =>
        {
            var stream = NewStream(streamId, NoSuchSnapshotSchema, store, int.MaxValue);
            await stream.LoadAsync(cancellationToken);
            Expect(stream.State.Version == version, $"The full fold reached version {stream.State.Version}, not {version}.");
        });
        table.Add(new Figure(section, "for scale: the same load folding every event (no snapshot)", Show.Median(fullFold)));

        var sheets = state.Sheets.Sum(s => s.Value.Count);
        var held = state.Sheets.Sum(s => s.Value.Sum(p => p.Value.Scores.Count));
        Expect(held == scores, $"The state holds {held} scores, not {scores}.");

        string json = "";
        var serialise = Time(runs, () => json = JsonSerializer.Serialize(state, EventSerializer<RoundEvent>.Options));
        table.Add(new Figure(section, $"snapshot: serialise the state ({Show.Count(sheets)} sheets, {Show.Count(held)} scores) as the store does",
            $"{Show.Median(serialise)}; {Show.Bytes(System.Text.Encoding.UTF8.GetByteCount(json))}"));

        var deserialise = Time(runs, () => JsonSerializer.Deserialize<RoundState>(json, EventSerializer<RoundEvent>.Options));
        table.Add(new Figure(section, "snapshot: deserialise it", Show.Median(deserialise)));

        var input = state.ToAggregationInput(state.Current.RankBy);
        var toInput = Time(runs, () => state.ToAggregationInput(state.Current.RankBy));
        table.Add(new Figure(section, "results step 1: state to aggregation input", Show.Median(toInput)));
        RoundResults results = null!;
        var aggregate = Time(runs, () => results = RoundAggregation.Aggregate(input));
        table.Add(new Figure(section, "results step 2: RoundAggregation.Aggregate (aggregation, ranking, allocation)",
            Show.Median(aggregate), $"median < {RoundScenario.MaxResultsMs:0} ms", aggregate.MedianMs < RoundScenario.MaxResultsMs));
        var view = Time(runs, () => results.ToView(state, RoundRole.FunderEditor, null));
        table.Add(new Figure(section, "results step 3: the funder's view of the results", Show.Median(view)));
    }

    private static Timings Time(int runs, Action work)
    {
        var first = Once(work);
        var repeat = new List<double>(runs - 1);
        for (var i = 1; i < runs; i++)
            repeat.Add(Once(work));
        return new Timings(first, repeat);
    }

    private static double Once(Action work)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        return Samples.MillisecondsSince(start);
    }

    private static async Task<IReadOnlyList<(long Version, DateTimeOffset RecordedAt, long Bytes)>> ReadSnapshotRowsAsync(
        string databaseFile, string streamId, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // length() of TEXT counts characters; the cast counts the bytes stored (UTF-8).
        command.CommandText = "SELECT version, recorded_at, length(CAST(data AS BLOB)) FROM snapshots WHERE stream_id = $s ORDER BY version";
        command.Parameters.AddWithValue("$s", streamId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long, DateTimeOffset, long)>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add((reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetInt64(2)));
        return rows;
    }

    private static EventSourcedState<RoundState, RoundEvent> NewStream(string streamId, int schema, IEventStore store, int snapshotEvery) =>
        new(streamId, schema, store, new SystemClock(), NullLogger.Instance, snapshotEvery, deferSnapshots: true);

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
