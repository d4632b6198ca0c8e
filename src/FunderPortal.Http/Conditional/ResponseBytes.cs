using Microsoft.Extensions.Caching.Memory;

namespace FunderPortal.Http.Conditional;

/// <summary>
/// Answers made once and kept as the bytes sent (a JSON view per version, a page's HTML per entity tag), per silo, in a
/// bounded cache: an entry costs its size, the least recently used go first. A key names everything the bytes depend
/// on, so a kept answer is never wrong, only sometimes gone.
/// </summary>
public sealed class ResponseBytes : IDisposable
{
    /// <summary>What every kept answer may take together.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    public bool TryGet(object key, out byte[] bytes)
    {
        if (_cache.TryGetValue(key, out var value) && value is byte[] kept)
        {
            bytes = kept;
            return true;
        }
        bytes = [];
        return false;
    }

    /// <summary>Keeps <paramref name="bytes"/> under <paramref name="key"/> (an answer larger than a sixteenth of the cache is not kept).</summary>
    public void Keep(object key, byte[] bytes)
    {
        if (bytes.Length <= SizeLimitBytes / 16)
            _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length + 64, SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    public byte[] GetOrMake(object key, Func<byte[]> make)
    {
        if (TryGet(key, out var bytes))
            return bytes;
        bytes = make();
        Keep(key, bytes);
        return bytes;
    }

    public void Dispose() => _cache.Dispose();
}
