using System.Security.Cryptography;
using System.Text;

namespace FunderPortal.Charities;

/// <summary>
/// One-time links' tokens: "{orgId}.{256 random bits}". The org-id says which charity holds the token, so no
/// index grain is needed; the random part is what makes the link unguessable, and only the hash is stored.
/// </summary>
public static class OneTimeTokens
{
    public static string New(string orgId) =>
        $"{orgId}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
