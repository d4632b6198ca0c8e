using System.Net;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Hosting;

/// <summary>The <c>Orleans</c> settings section: the silo's own ports and, in cluster mode, which cluster it joins.</summary>
public sealed class PortalSiloOptions
{
    public const string Section = "Orleans";

    private const string DefaultId = "funderportal";

    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// The Orleans client gateway: 0 (the default) opens none. The web host runs inside the silo and needs no gateway, so
    /// nothing outside the cluster can call a grain. Set a port only for an Orleans client of one's own (it is then bound to
    /// loopback in the embedded default, to the advertised address in cluster mode).
    /// </summary>
    public int GatewayPort { get; set; }

    /// <summary>Silos with the same cluster and service ids form one cluster (cluster mode); empty means the default.</summary>
    public string? ClusterId { get; set; }

    public string? ServiceId { get; set; }

    /// <summary>The address other silos reach this one on; the machine's address when not set.</summary>
    public string? AdvertisedIPAddress { get; set; }

    public string ClusterIdOrDefault() => string.IsNullOrEmpty(ClusterId) ? DefaultId : ClusterId;

    public string ServiceIdOrDefault() => string.IsNullOrEmpty(ServiceId) ? DefaultId : ServiceId;

    /// <summary>The advertised address; validation has made sure it parses.</summary>
    public IPAddress? Advertised() => string.IsNullOrEmpty(AdvertisedIPAddress) ? null : IPAddress.Parse(AdvertisedIPAddress);
}

public sealed class PortalSiloOptionsValidation : IValidateOptions<PortalSiloOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalSiloOptions options)
    {
        var check = new SettingChecks(PortalSiloOptions.Section);
        check.Between(nameof(options.SiloPort), options.SiloPort, 1, IPEndPoint.MaxPort);
        check.Between(nameof(options.GatewayPort), options.GatewayPort, 0, IPEndPoint.MaxPort);
        if (options.GatewayPort != 0 && options.GatewayPort == options.SiloPort)
            check.Fail(nameof(options.GatewayPort), "another port than Orleans:SiloPort", SettingChecks.Shown(options.GatewayPort));
        if (!string.IsNullOrEmpty(options.AdvertisedIPAddress) && !IPAddress.TryParse(options.AdvertisedIPAddress, out _))
            check.Fail(nameof(options.AdvertisedIPAddress), "an IP address such as 127.0.0.1", options.AdvertisedIPAddress);
        return check.Result;
    }
}
