using FunderPortal.Attachments;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Http;
using FunderPortal.PersonalData;
using FunderPortal.Web.Browser;

namespace FunderPortal.Api.Hosting;

public static class HostingExtensions
{
    /// <summary>The address used when neither ASPNETCORE_URLS nor --urls says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder, StartupSettings settings)
    {
        // Not in appsettings.json: there it would override ASPNETCORE_URLS, which must win.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);

        var options = settings.Portal;
        builder.Services.AddSingleton<IClock, SystemClock>();
        builder.Services.AddSingleton<PortalLinks>();
        builder.Services.AddSingleton<FunderPortal.Http.Conditional.ResponseBytes>(); // answers kept as bytes: JSON per version, pages per ETag
        builder.Services.AddSingleton<LocalReads>(); // what active grains publish for reads without a grain call
        if (options.Mode == PortalMode.Cluster)
        {
            builder.Services.AddClusterStorage(settings.Cluster);
        }
        else
        {
            builder.Services.AddSingleton<IEventStore>(services => new SqliteEventStore(
                Path.Combine(Path.GetFullPath(options.DataPath), "funderportal.db"),
                services.GetRequiredService<ILogger<SqliteEventStore>>()));
            builder.Services.AddSingleton<IPersonalKeyStore>(
                new SqlitePersonalKeyStore(Path.Combine(Path.GetFullPath(options.DataPath), "funderportal.db")));
            builder.Services.AddSingleton<IAttachmentStore>(
                new FileSystemAttachmentStore(Path.Combine(Path.GetFullPath(options.DataPath), "attachments")));
        }
        builder.Services.AddSingleton<IPortalContents, EventStoreContents>();
        builder.AddPersonalDataProtection(settings);
        builder.AddPortalTelemetry();
        return builder;
    }
}
