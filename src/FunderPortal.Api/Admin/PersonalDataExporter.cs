using System.Text.Json.Nodes;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.PersonalData;

namespace FunderPortal.Api.Admin;

/// <summary>
/// Finds everything sealed for a person: the key store's index names the streams, and every event there is searched for
/// values sealed under that person's keys. Reads the event store directly (not through grains), since an admin is no
/// member of the charities and rounds involved.
/// </summary>
public sealed class PersonalDataExporter(IPersonalKeyStore keys, IEventStore events, PersonalDataProtector personal, IClock clock)
{
    private const int Page = 500;

    public async Task<PersonalDataExportResponse> ExportAsync(string personId, CancellationToken cancellationToken)
    {
        var streams = await keys.StreamsOfAsync(personId, cancellationToken);
        var items = new List<PersonalDataItemResponse>();
        foreach (var streamId in streams)
        {
            for (long after = 0; ;)
            {
                var page = await events.ReadAsync(streamId, after, Page, cancellationToken);
                foreach (var stored in page)
                    items.AddRange(await ItemsOfAsync(personId, streamId, stored));
                if (page.Count < Page)
                    break;
                after = page[^1].Version;
            }
        }
        var erasures = await keys.ErasuresOfAsync(personId, cancellationToken);
        return new PersonalDataExportResponse(personId, clock.UtcNow, streams, items,
            [.. erasures.Select(e => new PersonalDataErasureResponse(e.ErasedAt, e.ErasedBy, e.KeysDestroyed))]);
    }

    private async Task<IEnumerable<PersonalDataItemResponse>> ItemsOfAsync(string personId, string streamId, StoredEvent stored)
    {
        if (!PersonalTextOpener.SealedValuesIn(stored.Data).Any())
            return [];
        var found = new List<(string Path, string Value, PersonalKeyId Key)>();
        Collect(JsonNode.Parse(stored.Data), "$", personId, found);
        if (found.Count == 0)
            return [];
        var opener = await personal.OpenerAsync(streamId, found.Select(f => f.Value));
        return found.Select(f => new PersonalDataItemResponse(streamId, stored.Version, stored.Type, stored.RecordedAt, f.Path,
            f.Key.Purpose, f.Key.Period, opener.Open(f.Value)));
    }

    private static void Collect(JsonNode? node, string path, string personId, List<(string, string, PersonalKeyId)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                    Collect(child, $"{path}.{name}", personId, found);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    Collect(array[i], $"{path}[{i}]", personId, found);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && SealedText.IsSealed(text)
                && SealedText.KeyIdOf(text) is { } keyId && PersonalKeyId.TryParse(keyId) is { } key && key.Person == personId:
                found.Add((path, text, key));
                break;
        }
    }
}
