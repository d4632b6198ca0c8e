using System.Collections.Concurrent;
using System.Security.Cryptography;
using FunderPortal.Common;
using Microsoft.Extensions.Logging;

namespace FunderPortal.PersonalData;

/// <summary>
/// Seals personal text at the grain boundary and opens it when a view is built. Keys are cached in the silo for
/// <see cref="CacheFor"/>; erasing through this silo forgets them at once, so in the embedded single silo an erased
/// field reads as erased as soon as the erase call returns, and in a cluster within <see cref="CacheFor"/> on other silos.
/// </summary>
public sealed class PersonalDataProtector(
    IPersonalKeyStore store,
    PersonalKeyWrapper wrapper,
    RetentionSettings retention,
    IClock clock,
    ILogger<PersonalDataProtector> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, CachedKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string KeyId, string StreamId), bool> _indexed = new();

    private sealed record CachedKey(byte[]? Key, long ExpiresAt);

    /// <summary>Seals <paramref name="text"/> (null stays null) under the person's key for the purpose and the month it was written in.</summary>
    public async Task<string?> SealAsync(string? text, string personId, string purpose, bool periodic, string streamId)
    {
        if (text is null)
            return null;
        var key = new PersonalKeyId(personId, purpose, periodic ? Retention.PeriodOf(clock.UtcNow) : PersonalKeyId.NoPeriod);
        var keyId = key.ToString();
        if (!_indexed.ContainsKey((keyId, streamId)) || Cached(keyId) is not { } material)
        {
            material = wrapper.Unwrap(await store.GetOrAddAsync(key, wrapper.Wrap(PersonalKeyWrapper.NewKey()), streamId, clock.UtcNow));
            _keys[keyId] = new CachedKey(material, Expiry());
            _indexed[(keyId, streamId)] = true;
        }
        return SealedText.Seal(text, keyId, material, streamId);
    }

    /// <summary>Fetches the keys the values need, then opens them without waiting (see <see cref="PersonalTextOpener"/>).</summary>
    public async Task<PersonalTextOpener> OpenerAsync(string streamId, IEnumerable<string?> values)
    {
        var keys = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!SealedText.IsSealed(value) || SealedText.KeyIdOf(value!) is not { } keyId || keys.ContainsKey(keyId))
                continue;
            keys[keyId] = await KeyAsync(keyId);
        }
        return new PersonalTextOpener(streamId, keys, retention, clock.UtcNow, logger);
    }

    /// <summary>Destroys every key of the person and records who asked; idempotent.</summary>
    public async Task<int> EraseAsync(string personId, string erasedBy)
    {
        var destroyed = await store.DestroyPersonAsync(personId, erasedBy, clock.UtcNow);
        Forget(k => k.Person == personId);
        logger.LogWarning("Personal data of {PersonId} erased at the request of {ErasedBy}: {Keys} keys destroyed", personId, erasedBy, destroyed);
        return destroyed;
    }

    /// <summary>Destroys the keys of every month older than its purpose's retention period; how many.</summary>
    public async Task<int> SweepAsync()
    {
        var now = clock.UtcNow;
        var destroyed = 0;
        foreach (var purpose in new[] { PersonalPurposes.AttestationComments, PersonalPurposes.PanelComments })
        {
            if (retention.DaysFor(purpose) is > 0 and var days)
                destroyed += await store.DestroyBeforeAsync(purpose, Retention.FirstKeptPeriod(now, days));
        }
        Forget(k => Retention.IsExpired(k, now, retention));
        if (destroyed > 0)
            logger.LogInformation("Retention sweep destroyed {Keys} keys of personal data past its retention period", destroyed);
        return destroyed;
    }

    private async Task<byte[]?> KeyAsync(string keyId)
    {
        if (_keys.TryGetValue(keyId, out var cached) && cached.ExpiresAt > Environment.TickCount64)
            return cached.Key;
        var stored = await store.FindAsync(keyId);
        byte[]? key = null;
        try
        {
            key = stored is null ? null : wrapper.Unwrap(stored);
        }
        catch (CryptographicException ex)
        {
            logger.LogError(ex, "Personal key {KeyId} could not be unwrapped; its data reads as erased", keyId);
        }
        _keys[keyId] = new CachedKey(key, Expiry());
        return key;
    }

    private byte[]? Cached(string keyId) =>
        _keys.TryGetValue(keyId, out var cached) && cached.ExpiresAt > Environment.TickCount64 ? cached.Key : null;

    private void Forget(Func<PersonalKeyId, bool> which)
    {
        foreach (var keyId in _keys.Keys)
        {
            if (PersonalKeyId.TryParse(keyId) is { } key && which(key))
                _keys.TryRemove(keyId, out _);
        }
        foreach (var entry in _indexed.Keys)
        {
            if (PersonalKeyId.TryParse(entry.KeyId) is { } key && which(key))
                _indexed.TryRemove(entry, out _);
        }
    }

    // A monotonic tick count, not the product clock: this is how long a cache entry lives, not a fact about the world.
    private static long Expiry() => Environment.TickCount64 + (long)CacheFor.TotalMilliseconds;
}
