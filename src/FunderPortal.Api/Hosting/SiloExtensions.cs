namespace FunderPortal.Api.Hosting;

public static class SiloExtensions
{
    /// <summary>The embedded default: one silo in this process, found on localhost.</summary>
    public static WebApplicationBuilder AddPortalSilo(this WebApplicationBuilder builder)
    {
        var siloPort = builder.Configuration.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", 30000);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort));
        return builder;
    }
}
