using System.Security.Cryptography;
using FunderPortal.Api.Admin;
using FunderPortal.Http;
using FunderPortal.PersonalData;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Hosting;

/// <summary>
/// Personal data protection: retention settings (<c>Portal:Retention:AttestationCommentDays</c>,
/// <c>Portal:Retention:PanelCommentDays</c>), the master key that wraps per-person keys, and the retention sweep.
/// </summary>
public static class PersonalDataHosting
{
    /// <summary>Base64 of 32 bytes. Embedded default without it: a file under <c>&lt;DataPath&gt;/keys</c>, made on first start.</summary>
    public const string MasterKeySetting = PersonalDataOptions.Section + ":" + nameof(PersonalDataOptions.MasterKey);

    public static WebApplicationBuilder AddPersonalDataProtection(this WebApplicationBuilder builder, StartupSettings settings)
    {
        builder.Services.AddPersonalData(settings.Retention, MasterKey(settings));
        builder.Services.AddSingleton<PersonalDataExporter>();
        builder.Services.AddHostedService<RetentionSweepService>();
        return builder;
    }

    private static byte[]? MasterKey(StartupSettings settings)
    {
        if (settings.PersonalData.Key() is { } configured)
            return configured;
        // In cluster mode every silo needs the same master key, so it must be configured; without one keys are stored
        // unwrapped and the key table needs the database's own protection.
        if (settings.Portal.Mode == PortalMode.Cluster)
            return null;
        var path = Path.Combine(Path.GetFullPath(settings.Portal.DataPath), "keys", "personal-data-master.key");
        if (File.Exists(path))
            return File.ReadAllBytes(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = RandomNumberGenerator.GetBytes(PersonalKeyWrapper.KeySize);
        File.WriteAllBytes(path, created);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return created;
    }
}

/// <summary>The <c>Portal:PersonalData</c> settings section.</summary>
public sealed class PersonalDataOptions
{
    public const string Section = "Portal:PersonalData";

    /// <summary>Base64 of 32 bytes that wraps every per-person key; every silo needs the same one.</summary>
    public string? MasterKey { get; set; }

    /// <summary>The master key's bytes, or null when none is set (validation has made sure it decodes to 32 bytes).</summary>
    public byte[]? Key() => string.IsNullOrWhiteSpace(MasterKey) ? null : Convert.FromBase64String(MasterKey.Trim());
}

public sealed class PersonalDataOptionsValidation : IValidateOptions<PersonalDataOptions>
{
    public ValidateOptionsResult Validate(string? name, PersonalDataOptions options)
    {
        var check = new SettingChecks(PersonalDataOptions.Section);
        if (string.IsNullOrWhiteSpace(options.MasterKey))
            return check.Result;
        var key = new byte[options.MasterKey.Length];
        // The key itself is never shown: only what is wrong with it.
        if (!Convert.TryFromBase64String(options.MasterKey.Trim(), key, out var length))
            check.Fail(nameof(options.MasterKey), $"base64 of {PersonalKeyWrapper.KeySize} bytes", "not base64");
        else if (length != PersonalKeyWrapper.KeySize)
            check.Fail(nameof(options.MasterKey), $"base64 of {PersonalKeyWrapper.KeySize} bytes", $"{length} bytes");
        return check.Result;
    }
}

/// <summary>What the <c>Portal:Retention</c> settings may hold: days, 0 keeping comments until the person is erased.</summary>
public sealed class RetentionSettingsValidation : IValidateOptions<RetentionSettings>
{
    public ValidateOptionsResult Validate(string? name, RetentionSettings options)
    {
        var check = new SettingChecks(RetentionSettings.Section);
        check.AtLeast(nameof(options.AttestationCommentDays), options.AttestationCommentDays, 0, "kept until erased");
        check.AtLeast(nameof(options.PanelCommentDays), options.PanelCommentDays, 0, "kept until erased");
        return check.Result;
    }
}

/// <summary>Destroys keys past their retention period at start-up and then hourly; every silo may run it, it is idempotent.</summary>
public sealed class RetentionSweepService(PersonalDataProtector personal, PersonalKeyWrapper wrapper, ILogger<RetentionSweepService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!wrapper.Wraps)
            logger.LogWarning("No {Setting}: personal keys are stored unwrapped, so protect the key table like the database", PersonalDataHosting.MasterKeySetting);
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await personal.SweepAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The retention sweep failed; it runs again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
