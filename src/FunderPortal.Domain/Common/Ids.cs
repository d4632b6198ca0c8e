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

    /// <summary>Where the idempotent request's id rides along with a grain call (Orleans' request context).</summary>
    public const string RequestContextKey = "funderportal.request";

    /// <summary>
    /// A new id for <paramref name="what"/>: made from the idempotent request this grain call serves, when it serves one
    /// (<see cref="RequestContextKey"/>), so every retry of that request names the same thing; otherwise a fresh one.
    /// </summary>
    public static string NewFor(string what) =>
        Orleans.Runtime.RequestContext.Get(RequestContextKey) is string requestId ? For(what, requestId) : New();
}
