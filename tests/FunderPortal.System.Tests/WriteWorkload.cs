using System.Net.Http.Json;
using FunderPortal.System.Tests.Contract;

namespace FunderPortal.System.Tests;

/// <summary>
/// One charity's writers: each starts workstreams with titles unique to it and gives every acknowledged one a rung
/// change, recording in the <see cref="WriteLedger"/> which requests were acknowledged and which have an unknown outcome.
/// </summary>
public sealed class WriteWorkload(PortalClient client, string orgId, WriteLedger ledger)
{
    public static readonly IReadOnlyList<string> ActivityKinds = ["CoDesign", "CoDecision", "CoDelivery", "CoEvaluation"];

    public static readonly IReadOnlyList<string> LadderRungs =
        ["Coercion", "Educating", "Informing", "Consultation", "Engagement", "CoDesign", "CoProduction"];

    public static string Title(int writer, int index) => $"writer {writer} workstream {index}";

    /// <summary>Sends at most <paramref name="maxStarts"/> workstream starts (and their rung changes), stopping early when <paramref name="stop"/> fires.</summary>
    public async Task RunWriterAsync(int writer, int maxStarts, CancellationToken stop)
    {
        for (var i = 0; i < maxStarts && !stop.IsCancellationRequested; i++)
        {
            var id = await TryStartAsync(Title(writer, i), stop);
            if (id is not null && !stop.IsCancellationRequested)
            {
                // One change per (workstream, activity kind), never both null, so each acknowledged one is a distinct event.
                await TrySetRungsAsync(id, ActivityKinds[i % ActivityKinds.Count], LadderRungs[i % LadderRungs.Count],
                    LadderRungs[(i + 3) % LadderRungs.Count], stop);
            }
        }
    }

    private async Task<string?> TryStartAsync(string title, CancellationToken stop)
    {
        ledger.Sending();
        try
        {
            using var response = await client.StartWorkstreamAsync(orgId, title, stop);
            if (response.IsSuccessStatusCode)
            {
                // The body is already buffered: read it whatever happens to stop, or the acknowledgement would be lost.
                var started = await response.Content.ReadFromJsonAsync<Workstream>(CancellationToken.None)
                    ?? throw new InvalidOperationException($"Workstream '{title}' was acknowledged without a body.");
                ledger.Record(new WorkstreamAttempt(title, started.Id, Acknowledged: true));
                return started.Id;
            }
            ledger.RecordErrorAnswer($"start '{title}': {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
        }
        catch (HttpRequestException)
        {
            // No answer (refused or reset by the kill): the outcome is unknown.
        }
        catch (OperationCanceledException)
        {
            // Stopped or timed out while waiting for the answer: the outcome is unknown.
        }
        finally
        {
            ledger.Finished();
        }
        ledger.Record(new WorkstreamAttempt(title, null, Acknowledged: false));
        return null;
    }

    private async Task TrySetRungsAsync(string workstreamId, string activityKind, string current, string target, CancellationToken stop)
    {
        var acknowledged = false;
        ledger.Sending();
        try
        {
            using var response = await client.SetRungsAsync(orgId, workstreamId, activityKind, current, target, stop);
            acknowledged = response.IsSuccessStatusCode;
            if (!acknowledged)
            {
                ledger.RecordErrorAnswer(
                    $"rungs {workstreamId}/{activityKind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            }
        }
        catch (HttpRequestException)
        {
            // No answer: unknown outcome.
        }
        catch (OperationCanceledException)
        {
            // Stopped or timed out: unknown outcome.
        }
        finally
        {
            ledger.Finished();
        }
        ledger.Record(new RungAttempt(workstreamId, activityKind, current, target, acknowledged));
    }
}
