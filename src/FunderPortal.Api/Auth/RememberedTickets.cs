using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace FunderPortal.Api.Auth;

/// <summary>
/// Opening the sign-in cookie (decrypting and checking it with the key ring) was the dearest step of a page kept by its
/// ETag (docs/PERFORMANCE.md, "Reads"). A cookie opened once is remembered, keyed by its own text, for at most
/// <see cref="RememberFor"/> (and never past the ticket's expiry); each request gets its own copy of the ticket, and the
/// cookie handler still checks expiry, renews a sliding cookie and asks the round about a panellist's, as before.
/// </summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider time) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    public const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset Until)> _opened = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
            return inner.Unprotect(protectedText, purpose);
        var key = purpose is null ? protectedText : $"{purpose}\n{protectedText}";
        var now = time.GetUtcNow();
        if (_opened.TryGetValue(key, out var kept))
        {
            if (kept.Until > now)
                return kept.Ticket.Clone();
            _opened.TryRemove(key, out _);
        }
        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            var until = ticket.Properties.ExpiresUtc is { } expires && expires < now + RememberFor ? expires : now + RememberFor;
            if (until > now)
            {
                if (_opened.Count >= MaxRemembered)
                    _opened.Clear();
                _opened[key] = (ticket.Clone(), until);
            }
        }
        return ticket;
    }
}
