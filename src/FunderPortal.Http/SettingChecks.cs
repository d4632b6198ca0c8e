using System.Globalization;
using Microsoft.Extensions.Options;

namespace FunderPortal.Http;

/// <summary>
/// The checks a settings class's validator makes, each failure in one style that names the setting as it is written
/// in configuration: <c>Portal:RateLimit:PermitsPerMinute must be 0 or more (was -5)</c>. Secrets are never echoed.
/// </summary>
public sealed class SettingChecks(string section)
{
    private readonly List<string> _failures = [];

    public ValidateOptionsResult Result => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    /// <summary>The setting's full key, e.g. <c>Portal:RateLimit:PermitsPerMinute</c>.</summary>
    public string Key(string name) => $"{section}:{name}";

    /// <summary>A failure: "<c>{key} must be {rule} (was {was})</c>".</summary>
    public void Fail(string name, string rule, string was) => _failures.Add(Failure(Key(name), rule, was));

    public static string Failure(string key, string rule, string was) => $"{key} must be {rule} (was {was})";

    /// <summary>How a value is shown after "was": empty when blank.</summary>
    public static string Shown(object? value) => value switch
    {
        null => "empty",
        string text when string.IsNullOrWhiteSpace(text) => "empty",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "empty",
    };

    public void AtLeast(string name, long value, long minimum, string? meaning = null)
    {
        if (value < minimum)
            Fail(name, $"{minimum}{(meaning is null ? "" : $" ({meaning})")} or more", Shown(value));
    }

    public void Between(string name, long value, long minimum, long maximum)
    {
        if (value < minimum || value > maximum)
            Fail(name, $"between {minimum} and {maximum}", Shown(value));
    }

    public void Required(string name, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            Fail(name, what, "empty");
    }

    /// <summary>One of the enum's names (a number the binder let through is not).</summary>
    public void Defined<TEnum>(string name, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
            Fail(name, OneOf(typeof(TEnum)), Shown(value));
    }

    /// <summary>When set: an absolute http or https address (no query or fragment), such as https://portal.example.org.</summary>
    public void WebAddress(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        if (!IsWebAddress(value))
            Fail(name, "an absolute http or https address such as https://portal.example.org", value);
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    /// <summary>
    /// The enum value an enum setting names (any case), or null: a number or a combination is not a name, though the
    /// configuration binder would take it.
    /// </summary>
    public static object? ParseName(Type enumType, string text) =>
        Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse(enumType, name)
            : null;

    /// <summary>"Embedded or Cluster", "A, B or C".</summary>
    public static string OneOf(Type enumType)
    {
        var names = Enum.GetNames(enumType);
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}
