using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Protection;

/// <summary>
/// The <c>Portal:RateLimit</c> settings (environment form <c>Portal__RateLimit__PermitsPerMinute</c>). Generous by
/// default, so people never meet it; a load test raises it, and 0 turns limiting off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Portal:RateLimit";

    /// <summary>Requests each signed-in person (or, signed out, each address) may make per minute.</summary>
    public int PermitsPerMinute { get; set; } = 1_200;
}

public sealed class RateLimitOptionsValidation : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var check = new SettingChecks(RateLimitOptions.Section);
        check.AtLeast(nameof(options.PermitsPerMinute), options.PermitsPerMinute, 0);
        return check.Result;
    }
}
