using FunderPortal.Api.Hosting;
using FunderPortal.Http;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;

namespace FunderPortal.Api.Protection;

/// <summary>
/// The keys that sign and encrypt sign-in cookies (people's and panellists'), antiforgery tokens and OpenID Connect's
/// correlation cookies. The embedded default keeps them under the data path; a cluster keeps one ring for every silo in
/// PostgreSQL, encrypted with <c>Portal:KeyRing:ProtectionKey</c>, so any silo opens what another made, after restarts too.
/// </summary>
public static class KeyRing
{
    /// <summary>Every silo is one application to the data-protection system, whatever folder it runs from.</summary>
    public const string ApplicationName = "FunderPortal";

    public static WebApplicationBuilder AddPortalKeyRing(this WebApplicationBuilder builder, StartupSettings settings)
    {
        var dataProtection = builder.Services.AddDataProtection();
        if (settings.Portal.Mode == PortalMode.Embedded)
        {
            // A restart does not sign everyone out.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(settings.Portal.DataPath), "keys")));
            return builder;
        }

        var key = settings.KeyRing.Key() ?? throw new InvalidOperationException("Portal:KeyRing:ProtectionKey is validated as set in cluster mode.");
        dataProtection.SetApplicationName(ApplicationName);
        builder.Services.AddSingleton<PostgresKeyRepository>();
        builder.Services.AddOptions<KeyManagementOptions>().Configure<PostgresKeyRepository>((options, repository) =>
        {
            options.XmlRepository = repository;
            options.XmlEncryptor = new KeyRingEncryptor(key);
        });
        // After the schema (registered earlier), before the web server: the ring's first key is made once, under a lock.
        builder.Services.AddHostedService<KeyRingStartup>();
        return builder;
    }
}

/// <summary>
/// Makes sure the shared ring has a key before this silo serves anyone. Silos starting together take turns (an advisory
/// lock), so they agree on one key instead of each making its own and refusing the others' cookies until the next refresh.
/// </summary>
public sealed class KeyRingStartup(NpgsqlDataSource dataSource, IKeyManager keys, TimeProvider time, ILogger<KeyRingStartup> logger)
    : IHostedService
{
    /// <summary>Any fixed number, shared by every silo: "funderportal key ring".</summary>
    private const long LockKey = 0x46_50_4B_45_59_52_47;

    public Task StartAsync(CancellationToken cancellationToken) =>
        PostgresStartup.WhenReachableAsync(dataSource, logger, "the key ring", EnsureKeyAsync, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureKeyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var now = time.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            var created = keys.CreateNewKey(now, now.AddDays(90));
            logger.LogInformation("Made the cluster's key ring key {KeyId}, valid until {Expires:u}", created.KeyId, created.ExpirationDate);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
