using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Protection;

/// <summary>The <c>Portal:KeyRing</c> settings section: what protects the web host's keys at rest in a cluster.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "Portal:KeyRing";

    public const int KeySize = 32;

    /// <summary>
    /// Base64 of 32 bytes, the same on every silo: encrypts (AES-256-GCM) the keys that sign and encrypt cookies and
    /// antiforgery tokens, which cluster mode keeps in PostgreSQL. Required in cluster mode; the embedded default keeps
    /// its keys under the data path instead.
    /// </summary>
    public string? ProtectionKey { get; set; }

    /// <summary>The key's bytes, or null when none is set (validation has made sure it decodes to 32 bytes).</summary>
    public byte[]? Key() => string.IsNullOrWhiteSpace(ProtectionKey) ? null : Convert.FromBase64String(ProtectionKey.Trim());
}

/// <summary>Required in cluster mode; its value is never shown, only what is wrong with it.</summary>
public sealed class KeyRingOptionsValidation(IOptions<PortalOptions> portal) : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        var check = new SettingChecks(KeyRingOptions.Section);
        if (string.IsNullOrWhiteSpace(options.ProtectionKey))
        {
            if (portal.Value.Mode == PortalMode.Cluster)
                check.Fail(nameof(options.ProtectionKey), $"set in cluster mode, the same on every silo: base64 of {KeyRingOptions.KeySize} bytes (make one with: openssl rand -base64 32)", "empty");
            return check.Result;
        }
        var key = new byte[options.ProtectionKey.Length];
        if (!Convert.TryFromBase64String(options.ProtectionKey.Trim(), key, out var length))
            check.Fail(nameof(options.ProtectionKey), $"base64 of {KeyRingOptions.KeySize} bytes", "not base64");
        else if (length != KeyRingOptions.KeySize)
            check.Fail(nameof(options.ProtectionKey), $"base64 of {KeyRingOptions.KeySize} bytes", $"{length} bytes");
        return check.Result;
    }
}
