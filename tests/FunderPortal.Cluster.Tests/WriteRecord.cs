using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace FunderPortal.Cluster.Tests;

/// <summary>
/// Writers that start workstreams (each title unique) on several charities through several silos, recording which
/// were acknowledged (2xx with an id), which were answered with an error (status and body), and which got no answer.
/// </summary>
public sealed class WriteRecord
{
    private readonly ConcurrentDictionary<string, string> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly ConcurrentQueue<(int Status, string Body)> _errors = new();
    private int _unanswered;

    /// <summary>Title → workstream id of every acknowledged start.</summary>
    public IReadOnlyDictionary<string, string> Acknowledged => _acknowledged;

    public IReadOnlyCollection<string> Sent => _sent;

    public IReadOnlyCollection<(int Status, string Body)> Errors => _errors;

    public int Unanswered => Volatile.Read(ref _unanswered);

    /// <summary>
    /// Writer <paramref name="writer"/> keeps writing until <paramref name="stop"/> (at most <paramref name="maxWrites"/>), the
    /// i-th write going to charity i mod n through silo (writer + i) mod m, and pausing a little between writes.
    /// </summary>
    public async Task RunWriterAsync(int writer, IReadOnlyList<ClusterClient> silos, IReadOnlyList<string> charities, int maxWrites,
        TimeSpan pause, CancellationToken stop)
    {
        for (var i = 0; i < maxWrites && !stop.IsCancellationRequested; i++)
        {
            var orgId = charities[i % charities.Count];
            var title = $"w{writer}-{i}";
            await WriteAsync(silos[(writer + i) % silos.Count], orgId, title, stop);
            try
            {
                await Task.Delay(pause, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One write, recorded; its answer's status, or null when it got none.</summary>
    public async Task<int?> WriteAsync(ClusterClient silo, string orgId, string title, CancellationToken stop)
    {
        _sent.Enqueue($"{orgId}|{title}");
        try
        {
            using var response = await silo.StartWorkstreamAsync(orgId, title, stop);
            if (response.IsSuccessStatusCode)
            {
                var started = await response.Content.ReadFromJsonAsync<Workstream>(CancellationToken.None);
                _acknowledged[$"{orgId}|{title}"] = started!.Id;
                return (int)response.StatusCode;
            }
            _errors.Enqueue(((int)response.StatusCode, await response.Content.ReadAsStringAsync(CancellationToken.None)));
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Refused or reset (the silo was killed): outcome unknown.
        }
        catch (OperationCanceledException)
        {
            // Timed out or stopped while waiting: outcome unknown.
        }
        Interlocked.Increment(ref _unanswered);
        return null;
    }

    public string Summary() =>
        $"{_sent.Count} sent, {_acknowledged.Count} acknowledged, {_errors.Count} error answers "
        + $"({string.Join(", ", _errors.GroupBy(e => e.Status).Select(g => $"{g.Key}×{g.Count()}"))}), {Unanswered} unanswered";

    /// <summary>
    /// Reads every charity through <paramref name="reader"/> and checks: every acknowledged start is there once with its
    /// id, no title appears twice or was never sent, and versions run 1..n without a gap.
    /// </summary>
    public async Task VerifyAsync(ClusterClient reader, IReadOnlyList<string> charities, CancellationToken cancellationToken)
    {
        var sent = _sent.ToHashSet(StringComparer.Ordinal);
        foreach (var orgId in charities)
        {
            var (journey, versions) = await SettledAsync(reader, orgId, cancellationToken);
            var byTitle = journey.Workstreams.GroupBy(w => $"{orgId}|{w.Title}", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList());
            var duplicated = byTitle.Where(g => g.Value.Count > 1).Select(g => g.Key).ToList();
            Assert.True(duplicated.Count == 0, $"Recorded more than once: {string.Join(", ", duplicated)}");
            var unknown = byTitle.Keys.Where(t => !sent.Contains(t)).ToList();
            Assert.True(unknown.Count == 0, $"Recorded but never sent: {string.Join(", ", unknown)}");
            var lost = _acknowledged.Where(a => a.Key.StartsWith($"{orgId}|", StringComparison.Ordinal)
                    && !(byTitle.TryGetValue(a.Key, out var found) && found[0].Id == a.Value))
                .Select(a => a.Key).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged writes are missing: {string.Join(", ", lost.Take(10))}");

            Assert.True(versions.SequenceEqual(Enumerable.Range(1, versions.Count).Select(v => (long)v)),
                $"{orgId}: versions are not 1..{versions.Count} without gaps.");
            Assert.Equal(journey.Version, versions.Count);
        }
    }

    /// <summary>
    /// The journey and its history once they agree. A write the client gave up on (counted as unanswered) may still be
    /// committed by the silo a moment later, between the two reads; such a late write is allowed to land (at most
    /// 10 s), after which the journey must show exactly the history's last version.
    /// </summary>
    private static async Task<(Journey Journey, IReadOnlyList<long> Versions)> SettledAsync(
        ClusterClient reader, string orgId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var journey = await reader.GetJourneyAsync(orgId, cancellationToken);
            var versions = await reader.GetHistoryVersionsAsync(orgId, cancellationToken);
            if (journey.Version == versions.Count || attempt == 20)
                return (journey, versions);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
