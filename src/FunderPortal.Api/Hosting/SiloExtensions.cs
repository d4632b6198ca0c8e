using System.Net;
using FunderPortal.Http;
using Orleans.Configuration;
using StackExchange.Redis;

namespace FunderPortal.Api.Hosting;

public static class SiloExtensions
{
    /// <summary>The embedded default: one silo in this process, found on localhost. Cluster mode: one of many, met through Redis.</summary>
    public static WebApplicationBuilder AddPortalSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var siloPort = configuration.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = configuration.GetValue("Orleans:GatewayPort", 30000);
        var mode = configuration.GetValue("Portal:Mode", PortalMode.Embedded);
        builder.UseOrleans(silo =>
        {
            if (mode == PortalMode.Cluster)
                silo.UseClusterMembership(configuration, siloPort, gatewayPort);
            else
                silo.UseLocalhostClustering(siloPort, gatewayPort);
            silo.AddActivityPropagation(); // grain calls join the request's trace
        });
        return builder;
    }

    private static void UseClusterMembership(this ISiloBuilder silo, ConfigurationManager configuration, int siloPort, int gatewayPort)
    {
        var settings = ClusterSettings.From(configuration);
        silo.UseRedisClustering(options =>
        {
            options.ConfigurationOptions = ConfigurationOptions.Parse(settings.RedisConnectionString);
            options.ConfigurationOptions.AbortOnConnectFail = false;
        });

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")))
        {
            // Pod IP, ports, cluster and service ids from the pod's environment; removes pods of silos declared dead.
            silo.UseKubernetesHosting();
        }
        else
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = configuration["Orleans:ClusterId"] is { Length: > 0 } clusterId ? clusterId : "funderportal";
                options.ServiceId = configuration["Orleans:ServiceId"] is { Length: > 0 } serviceId ? serviceId : "funderportal";
            });
            var advertised = configuration["Orleans:AdvertisedIPAddress"] is { Length: > 0 } ip ? IPAddress.Parse(ip) : null;
            if (advertised is null)
                silo.ConfigureEndpoints(siloPort, gatewayPort, listenOnAnyHostAddress: true);
            else
                silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
        }

        silo.AddIncomingGrainCallFilter<GrainLogScope>();

        // A killed silo is declared dead in about 2 s instead of 11-13 s (measured, RECIPES.md "Cluster mode").
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
            options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        });
    }
}
