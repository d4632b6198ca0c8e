using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace FunderPortal.Api.Auth;

/// <summary>
/// Checking a bearer token (its signature, issuer, audience and lifetime) was the dearest single step of a small API read
/// (docs/PERFORMANCE.md, "Reads"). A token found valid is remembered, keyed by the token itself, until it expires and for
/// at most <see cref="RememberFor"/>, so a client sending the same token again is not checked again; every request still
/// gets its own copy of the identity. Real time, as the token handler's own lifetime check uses, never the product clock
/// (which the demo moves).
/// </summary>
public sealed class RememberedTokens(TokenHandler inner, TimeProvider time) : TokenHandler
{
    /// <summary>How long a check holds: a signing key withdrawn by the authority stops its tokens within this.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    /// <summary>Tokens remembered at most; past it the memory starts again empty.</summary>
    public const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> _valid = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_valid.TryGetValue(token, out var kept))
        {
            if (kept.Until > now)
                return kept.Copy();
            _valid.TryRemove(token, out _);
        }
        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, ClaimsIdentity: not null, SecurityToken: { } checkedToken })
        {
            var expires = new DateTimeOffset(DateTime.SpecifyKind(checkedToken.ValidTo, DateTimeKind.Utc));
            var until = expires < now + RememberFor ? expires : now + RememberFor;
            if (until > now)
            {
                if (_valid.Count >= MaxRemembered)
                    _valid.Clear();
                _valid[token] = new Remembered(result, until);
            }
        }
        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private sealed record Remembered(TokenValidationResult Result, DateTimeOffset Until)
    {
        /// <summary>What the bearer handler reads of a result, with an identity of its own.</summary>
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Result.ClaimsIdentity.Clone(),
            SecurityToken = Result.SecurityToken,
            Issuer = Result.Issuer,
            TokenType = Result.TokenType,
            TokenContext = Result.TokenContext,
        };
    }
}
