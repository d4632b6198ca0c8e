using System.Security.Cryptography;
using System.Text;

namespace FunderPortal.Common;

/// <summary>Ids the portal gives what it records (workstreams, evidence, shares, rounds…): 32 lower-case hex digits.</summary>
public static class Ids
{
    public static string New() => Guid.NewGuid().ToString("n");

    /// <summary>
    /// The id of what <paramref name="requestId"/> (an idempotent request, see <c>Idempotency-Key</c>) creates, the same
    /// at every retry of that request: a retry after any failure finds what the first attempt made instead of making
    /// another. <paramref name="what"/> keeps ids of different things apart.
    /// </summary>
    public static string For(string what, string requestId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{what}\n{requestId}")), 0, 16);
}
