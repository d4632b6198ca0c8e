using System.Security.Cryptography;
using System.Text;

namespace FunderPortal.System.Tests;

/// <summary>Tokens a host must refuse.</summary>
public static class ForgedTokens
{
    /// <summary>The same header and claims, signed (HS256) with a key the host never had.</summary>
    public static string ResignedWithAnotherKey(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var signedPart = $"{parts[0]}.{parts[1]}";
        var signature = HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), Encoding.ASCII.GetBytes(signedPart));
        return $"{signedPart}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
