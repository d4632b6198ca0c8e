using System.Globalization;

namespace FunderPortal.EventStore;

/// <summary>
/// How every store writes an event's time: fixed-width UTC text to the tick, so text order is time order and an
/// event copied from one store to another keeps its exact instant.
/// </summary>
public static class EventTimes
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string value) =>
        DateTimeOffset.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
