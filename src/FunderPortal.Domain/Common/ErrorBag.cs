namespace FunderPortal.Common;

/// <summary>Collects validation errors keyed by the JSON field name (camelCase), as problem+json reports them.</summary>
public sealed class ErrorBag
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }
        list.Add(message);
    }

    public void RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, "Required: write at least one character.");
        else
            OptionalText(field, value, maxLength);
    }

    public void OptionalText(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
            Add(field, $"At most {maxLength} characters.");
    }

    public void Tags(string field, IReadOnlyList<string>? values, int maxLength = Limits.Tag)
    {
        if (values is null)
            return;
        if (values.Count > Limits.Tags)
            Add(field, $"At most {Limits.Tags} entries.");
        for (var i = 0; i < Math.Min(values.Count, Limits.Tags); i++)
            RequireText($"{field}[{i}]", values[i], maxLength);
    }

    public void Date(string field, DateOnly? value)
    {
        if (value is { } d && (d < Limits.EarliestDate || d > Limits.LatestDate))
            Add(field, $"A date between {Limits.EarliestDate:yyyy-MM-dd} and {Limits.LatestDate:yyyy-MM-dd}.");
    }

    public void NotAfter(string field, DateOnly? value, DateOnly latest, string why)
    {
        if (value is { } d && d > latest)
            Add(field, why);
    }

    public void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
            Add(field, $"Between {min} and {max}.");
    }

    public void Defined<TEnum>(string field, TEnum? value) where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
            Add(field, $"Unknown value; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Throws a <see cref="DomainValidationException"/> when anything was added.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
            throw new DomainValidationException(ToDictionary());
    }
}
