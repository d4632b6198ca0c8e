using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FunderPortal.Http;

/// <summary>Issues and describes the development tokens: HMAC-signed JWTs whose subject is whoever asked.</summary>
public sealed class DevTokenIssuer(SymmetricSecurityKey key)
{
    public const string Issuer = "funderportal-dev";
    public const string Audience = "funderportal";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public SymmetricSecurityKey Key { get; } = key;

    public string Issue(string subject, DateTimeOffset now) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject)]),
        IssuedAt = now.UtcDateTime,
        NotBefore = now.UtcDateTime,
        Expires = now.Add(Lifetime).UtcDateTime,
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
    });

    /// <summary>
    /// The configured key (any length: hashed to 256 bits, so every silo given the same text agrees),
    /// or one made at random on first start and kept in the data folder so tokens survive a restart.
    /// </summary>
    public static DevTokenIssuer Create(string? configuredKey, string dataPath)
    {
        if (!string.IsNullOrEmpty(configuredKey))
            return new DevTokenIssuer(new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes(configuredKey))));

        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, "dev-signing-key");
        if (!File.Exists(file))
        {
            var fresh = Path.Combine(dataPath, $"dev-signing-key.{Guid.NewGuid():n}.tmp");
            File.WriteAllText(fresh, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try
            {
                File.Move(fresh, file, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(fresh); // another process made it first: use theirs
            }
        }
        return new DevTokenIssuer(new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file).Trim())));
    }
}
