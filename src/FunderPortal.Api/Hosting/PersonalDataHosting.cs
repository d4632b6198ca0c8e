using System.Security.Cryptography;
using FunderPortal.Api.Admin;
using FunderPortal.Http;
using FunderPortal.PersonalData;

namespace FunderPortal.Api.Hosting;

/// <summary>
/// Personal data protection: retention settings (<c>Portal:Retention:AttestationCommentDays</c>,
/// <c>Portal:Retention:PanelCommentDays</c>), the master key that wraps per-person keys, and the retention sweep.
/// </summary>
public static class PersonalDataHosting
{
    /// <summary>Base64 of 32 bytes. Embedded default without it: a file under <c>&lt;DataPath&gt;/keys</c>, made on first start.</summary>
    public const string MasterKeySetting = "Portal:PersonalData:MasterKey";

    public static WebApplicationBuilder AddPersonalDataProtection(this WebApplicationBuilder builder, PortalOptions options)
    {
        var retention = builder.Configuration.GetSection(RetentionSettings.Section).Get<RetentionSettings>() ?? new RetentionSettings();
        if (retention.AttestationCommentDays < 0 || retention.PanelCommentDays < 0)
            throw new InvalidOperationException($"{RetentionSettings.Section} days must be 0 (keep) or more.");
        builder.Services.AddPersonalData(retention, MasterKey(builder.Configuration, options));
        builder.Services.AddSingleton<PersonalDataExporter>();
        builder.Services.AddHostedService<RetentionSweepService>();
        return builder;
    }

    private static byte[]? MasterKey(ConfigurationManager configuration, PortalOptions options)
    {
        if (configuration[MasterKeySetting] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            return key.Length == PersonalKeyWrapper.KeySize
                ? key
                : throw new InvalidOperationException($"{MasterKeySetting} must be base64 of {PersonalKeyWrapper.KeySize} bytes.");
        }
        // In cluster mode every silo needs the same master key, so it must be configured; without one keys are stored
        // unwrapped and the key table needs the database's own protection.
        if (options.Mode == PortalMode.Cluster)
            return null;
        var path = Path.Combine(Path.GetFullPath(options.DataPath), "keys", "personal-data-master.key");
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
