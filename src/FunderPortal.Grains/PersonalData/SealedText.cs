using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace FunderPortal.PersonalData;

/// <summary>
/// Personal text as stored in events and state: AES-256-GCM under a per-person key, written as one string
/// <c>sealed:v1:{keyId}:{nonce}:{ciphertext}:{tag}</c> (each part base64url). Being a string, it goes in the same event
/// fields as plain text did, so old events with plain text load unchanged. The stream id is bound in as associated
/// data: a sealed value copied into another stream does not open.
/// </summary>
public static class SealedText
{
    public const string Prefix = "sealed:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static bool IsSealed(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Seal(string plaintext, string keyId, byte[] key, string streamId)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(key, TagSize))
            aes.Encrypt(nonce, plain, cipher, tag, AssociatedData(keyId, streamId));
        return string.Concat(Prefix, string.Join(':',
            Base64Url.EncodeToString(Encoding.UTF8.GetBytes(keyId)), Base64Url.EncodeToString(nonce),
            Base64Url.EncodeToString(cipher), Base64Url.EncodeToString(tag)));
    }

    /// <summary>The key id a sealed value names, or null when it is not a well-formed sealed value.</summary>
    public static string? KeyIdOf(string value) => TryParse(value, out var parts) ? parts.KeyId : null;

    /// <summary>The plain text, or null when the key does not open it (destroyed and re-made, or tampered with).</summary>
    public static string? TryOpen(string value, byte[] key, string streamId)
    {
        if (!TryParse(value, out var parts))
            return null;
        var plain = new byte[parts.Cipher.Length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(parts.Nonce, parts.Cipher, parts.Tag, plain, AssociatedData(parts.KeyId, streamId));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static byte[] AssociatedData(string keyId, string streamId) => Encoding.UTF8.GetBytes($"{keyId}\n{streamId}");

    private sealed record Parts(string KeyId, byte[] Nonce, byte[] Cipher, byte[] Tag);

    private static bool TryParse(string value, out Parts parts)
    {
        parts = null!;
        if (!IsSealed(value))
            return false;
        var fields = value[Prefix.Length..].Split(':');
        if (fields.Length != 4)
            return false;
        try
        {
            var nonce = Base64Url.DecodeFromChars(fields[1]);
            var tag = Base64Url.DecodeFromChars(fields[3]);
            if (nonce.Length != NonceSize || tag.Length != TagSize)
                return false;
            parts = new Parts(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(fields[0])), nonce, Base64Url.DecodeFromChars(fields[2]), tag);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
