using System.Net;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Http;
using FunderPortal.Mail;
using Orleans.Configuration;
using StackExchange.Redis;

namespace FunderPortal.Api.Hosting;

public static class SiloExtensions
{
    /// <summary>
    /// The embedded default: one silo in this process, on loopback. Cluster mode: one of many, met through Redis, on the
    /// address it advertises. No client gateway unless Orleans:GatewayPort asks for one: the web host calls grains in-process.
    /// </summary>
    public static WebApplicationBuilder AddPortalSilo(this WebApplicationBuilder builder, StartupSettings settings)
    {
        var (siloPort, gatewayPort) = (settings.Silo.SiloPort, settings.Silo.GatewayPort);
        builder.UseOrleans(silo =>
        {
            silo.StartActivationsApart();
            if (settings.Portal.Mode == PortalMode.Cluster)
                silo.UseClusterMembership(settings);
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort);
                // The outbox's backstop (notices between grains retried until confirmed) survives restarts in the SQLite file.
                silo.AddReminders();
                silo.Services.AddSingleton<IReminderTable>(
                    new SqliteReminderTable(Path.Combine(Path.GetFullPath(settings.Portal.DataPath), "funderportal.db")));
            }
            // Grain calls join the request's trace when traces are exported (TelemetryExtensions); otherwise the two call
            // filters would only cost every grain call a little (docs/PERFORMANCE.md, "Reads").
            if (TelemetryExtensions.Exporting(builder.Configuration))
                silo.AddActivityPropagation();
            // Mail: over SMTP when Portal__Smtp__Host is set, else .eml files under <DataPath>/mail/outbox.
            silo.Services.AddSingleton(new MailSettings(settings.Portal.Smtp,
                Path.Combine(Path.GetFullPath(settings.Portal.DataPath), "mail", "outbox"),
                settings.Portal.PublicBaseUrl ?? "http://localhost:5080"));
            silo.Services.AddSingleton<MailSender>();
            silo.Services.AddSingleton<MailFailureTracker>();
        });
        return builder;
    }

    private static void UseClusterMembership(this ISiloBuilder silo, StartupSettings settings)
    {
        var (siloPort, gatewayPort) = (settings.Silo.SiloPort, settings.Silo.GatewayPort);
        silo.UseRedisClustering(options =>
        {
            options.ConfigurationOptions = ConfigurationOptions.Parse(settings.Cluster.RedisConnectionString());
            options.ConfigurationOptions.AbortOnConnectFail = false;
        });
        // The outbox's backstop (notices between grains retried until confirmed) survives restarts in the same Redis.
        silo.UseRedisReminderService(options =>
        {
            options.ConfigurationOptions = ConfigurationOptions.Parse(settings.Cluster.RedisConnectionString());
            options.ConfigurationOptions.AbortOnConnectFail = false;
        });

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")))
        {
            // Pod IP, ports, cluster and service ids from the pod's environment; removes pods of silos declared dead.
            silo.UseKubernetesHosting();
            // Kubernetes hosting would listen on every address of the pod: only the pod's own, and no gateway unless asked.
            silo.Configure<EndpointOptions>(options =>
            {
                options.SiloPort = siloPort;
                options.GatewayPort = gatewayPort;
                if (IPAddress.TryParse(Environment.GetEnvironmentVariable("POD_IP"), out var podIp))
                {
                    options.SiloListeningEndpoint = new IPEndPoint(podIp, siloPort);
                    if (gatewayPort > 0)
                        options.GatewayListeningEndpoint = new IPEndPoint(podIp, gatewayPort);
                }
            });
        }
        else
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings.Silo.ClusterIdOrDefault();
                options.ServiceId = settings.Silo.ServiceIdOrDefault();
            });
            // The silo listens on the address it advertises (this machine's own when not set), never on every interface.
            var advertised = settings.Silo.Advertised();
            if (advertised is null)
                silo.ConfigureEndpoints(siloPort, gatewayPort, listenOnAnyHostAddress: false);
            else
                silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: false);
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
