using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FunderPortal.EventStore;

/// <summary>
/// Turns an aggregate's events into (type name, JSON) and back. The names come from the
/// <see cref="JsonDerivedTypeAttribute"/>s on the event base type, so the list of events is written once.
/// </summary>
public sealed class EventSerializer<TEvent> where TEvent : class
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private readonly Dictionary<string, Type> _byName;
    private readonly Dictionary<Type, string> _byType;

    public EventSerializer()
    {
        var derived = typeof(TEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().ToList();
        _byName = derived.ToDictionary(a => (string)a.TypeDiscriminator!, a => a.DerivedType, StringComparer.Ordinal);
        _byType = derived.ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);
    }

    public (string Type, string Data) Serialize(TEvent e)
    {
        var type = e.GetType();
        if (!_byType.TryGetValue(type, out var name))
            throw new InvalidOperationException($"{type.Name} has no [JsonDerivedType] name on {typeof(TEvent).Name}.");
        return (name, JsonSerializer.Serialize(e, type, Options));
    }

    public TEvent Deserialize(string type, string data)
    {
        if (!_byName.TryGetValue(type, out var clrType))
            throw new InvalidOperationException($"Unknown {typeof(TEvent).Name} type '{type}'.");
        return (TEvent)JsonSerializer.Deserialize(data, clrType, Options)!;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
