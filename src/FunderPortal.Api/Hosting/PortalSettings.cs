using System.Globalization;
using System.Reflection;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Protection;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.PersonalData;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Hosting;

/// <summary>
/// What must be known before the container is built (embedded or cluster, where the data lives, the silo's ports,
/// how people sign in, personal-data keys), bound once by <see cref="PortalSettings.AddPortalSettings"/> and checked by
/// the same validators as the options themselves.
/// </summary>
public sealed record StartupSettings(
    PortalOptions Portal,
    PortalAuthOptions Auth,
    PortalSiloOptions Silo,
    ClusterSettings Cluster,
    RetentionSettings Retention,
    PersonalDataOptions PersonalData,
    KeyRingOptions KeyRing);

/// <summary>
/// The one place settings are bound. Every settings class is bound from its section with the options system
/// (<c>AddOptions&lt;T&gt;().BindConfiguration(section)</c>), read through <c>IOptions&lt;T&gt;</c>, and checked at
/// start-up by its <see cref="IValidateOptions{TOptions}"/> (<c>ValidateOnStart</c>). A bad value stops start-up with a
/// message naming the setting, e.g. <c>Portal:RateLimit:PermitsPerMinute must be 0 or more (was -5)</c>.
/// </summary>
public static class PortalSettings
{
    public static StartupSettings AddPortalSettings(this WebApplicationBuilder builder)
    {
        var sections = new List<(string Section, Type Type)>();
        void Add<TOptions, TValidation>(string section)
            where TOptions : class
            where TValidation : class, IValidateOptions<TOptions>
        {
            builder.Services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
            builder.Services.AddSingleton<IValidateOptions<TOptions>, TValidation>();
            sections.Add((section, typeof(TOptions)));
        }

        Add<PortalOptions, PortalOptionsValidation>(PortalOptions.Section);
        Add<RateLimitOptions, RateLimitOptionsValidation>(RateLimitOptions.Section);
        Add<RetentionSettings, RetentionSettingsValidation>(RetentionSettings.Section);
        Add<PersonalDataOptions, PersonalDataOptionsValidation>(PersonalDataOptions.Section);
        Add<PortalAuthOptions, PortalAuthOptionsValidation>(PortalAuthOptions.Section);
        Add<PortalSiloOptions, PortalSiloOptionsValidation>(PortalSiloOptions.Section);
        Add<ClusterSettings, ClusterSettingsValidation>(ClusterSettings.Section);
        Add<KeyRingOptions, KeyRingOptionsValidation>(KeyRingOptions.Section);

        var configuration = builder.Configuration;
        // A value the binder cannot even convert ("Sideways" for a mode, "abc" for a number) is named the same way.
        Throw(sections.SelectMany(s => Unconvertible(configuration, s.Section, s.Type)).ToList(), typeof(StartupSettings));

        var failures = new List<string>();
        var portal = Bind(configuration, PortalOptions.Section, new PortalOptionsValidation(), failures);
        var mode = Options.Create(portal);
        var startup = new StartupSettings(
            portal,
            Bind(configuration, PortalAuthOptions.Section, new PortalAuthOptionsValidation(mode), failures),
            Bind(configuration, PortalSiloOptions.Section, new PortalSiloOptionsValidation(), failures),
            Bind(configuration, ClusterSettings.Section, new ClusterSettingsValidation(mode), failures),
            Bind(configuration, RetentionSettings.Section, new RetentionSettingsValidation(), failures),
            Bind(configuration, PersonalDataOptions.Section, new PersonalDataOptionsValidation(), failures),
            Bind(configuration, KeyRingOptions.Section, new KeyRingOptionsValidation(mode), failures));
        Throw(failures, typeof(StartupSettings));
        return startup;
    }

    private static T Bind<T>(ConfigurationManager configuration, string section, IValidateOptions<T> validation, List<string> failures)
        where T : class, new()
    {
        var value = configuration.GetSection(section).Get<T>() ?? new T();
        if (validation.Validate(Options.DefaultName, value) is { Failed: true } result)
            failures.AddRange(result.Failures);
        return value;
    }

    private static void Throw(List<string> failures, Type type)
    {
        if (failures.Count > 0)
            throw new OptionsValidationException(Options.DefaultName, type, failures);
    }

    /// <summary>Each setting of <paramref name="type"/> present in configuration whose text is not of the property's type.</summary>
    private static IEnumerable<string> Unconvertible(ConfigurationManager configuration, string section, Type type)
    {
        var values = configuration.GetSection(section);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (values[property.Name] is not { } text)
                continue;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null;
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (nullable && string.IsNullOrWhiteSpace(text))
                continue;
            if (Rule(target, text.Trim()) is { } rule)
                yield return SettingChecks.Failure($"{section}:{property.Name}", rule, SettingChecks.Shown(text));
        }
    }

    /// <summary>What <paramref name="text"/> should have been, or null when it converts.</summary>
    private static string? Rule(Type type, string text) => type switch
    {
        _ when type.IsEnum => SettingChecks.ParseName(type, text) is null ? SettingChecks.OneOf(type) : null,
        _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : "a whole number",
        _ when type == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : "a whole number",
        _ when type == typeof(bool) => bool.TryParse(text, out _) ? null : "true or false",
        _ => null,
    };
}
