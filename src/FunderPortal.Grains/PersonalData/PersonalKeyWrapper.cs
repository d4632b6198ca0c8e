using System.Security.Cryptography;

namespace FunderPortal.PersonalData;

/// <summary>
/// Keys are stored wrapped (AES-256-GCM) under a master key kept outside the database, so a copy of the database alone
/// opens nothing. Without a master key they are stored as they are, and the key table must be protected like the
/// database itself. The first byte says which: 1 wrapped, 0 plain.
/// </summary>
public sealed class PersonalKeyWrapper(byte[]? masterKey)
{
    public const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] AssociatedData = "funderportal personal key"u8.ToArray();

    public bool Wraps => masterKey is not null;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public byte[] Wrap(byte[] key)
    {
        if (masterKey is null)
            return [0, .. key];
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = new byte[key.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(masterKey, TagSize))
            aes.Encrypt(nonce, key, cipher, tag, AssociatedData);
        return [1, .. nonce, .. cipher, .. tag];
    }

    public byte[] Unwrap(byte[] stored)
    {
        if (stored.Length == KeySize + 1 && stored[0] == 0)
            return stored[1..];
        if (stored.Length != 1 + NonceSize + KeySize + TagSize || stored[0] != 1)
            throw new CryptographicException("A personal key is stored in an unknown form.");
        if (masterKey is null)
            throw new CryptographicException("Personal keys are wrapped, but no master key is configured (Portal:PersonalData:MasterKey).");
        var key = new byte[KeySize];
        using var aes = new AesGcm(masterKey, TagSize);
        aes.Decrypt(stored.AsSpan(1, NonceSize), stored.AsSpan(1 + NonceSize, KeySize), stored.AsSpan(1 + NonceSize + KeySize), key, AssociatedData);
        return key;
    }
}
