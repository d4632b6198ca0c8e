using FunderPortal.Attachments;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.GrantImports;
using FunderPortal.PersonalData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace FunderPortal.Grains.Tests;

/// <summary>One in-process test silo per collection, on a real SQLite file; each test uses its own grain keys.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    // The silo is built by type, so it finds the shared store and clock here.
    private static readonly string DataPath = Path.Combine(Path.GetTempPath(), $"funderportal-grains-{Guid.NewGuid():n}");
    /// <summary>The silo's SQLite file: events, personal keys and reminders.</summary>
    internal static string DatabasePath => Path.Combine(DataPath, "events.db");

    internal static readonly TestClock SharedClock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    internal static readonly Lazy<SqliteEventStore> SharedStore =
        new(() => new SqliteEventStore(Path.Combine(DataPath, "events.db"), NullLogger<SqliteEventStore>.Instance));

    internal static readonly Lazy<SqlitePersonalKeyStore> SharedKeys = new(() => new SqlitePersonalKeyStore(Path.Combine(DataPath, "events.db")));

    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public TestClock Clock => SharedClock;

    public IEventStore Store => SharedStore.Value;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        if (SharedStore.IsValueCreated)
            await SharedStore.Value.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.StartActivationsApart().AddReminders().AddIncomingGrainCallFilter<FaultyCalls>().ConfigureServices(services =>
        {
            services.AddSingleton<IReminderTable>(new SqliteReminderTable(DatabasePath));
            services.AddSingleton(new OutboxOptions { RetryPeriod = TimeSpan.FromMilliseconds(500), MarkAfter = TimeSpan.FromMilliseconds(200) });
            services.AddSingleton(new GrantImportOptions { RetryAfter = TimeSpan.FromMilliseconds(200) });
            services.AddSingleton<IAttachmentStore>(new FileSystemAttachmentStore(Path.Combine(DataPath, "attachments")));
            services.AddSingleton<IClock>(SharedClock);
            services.AddSingleton<IEventStore>(_ => SharedStore.Value);
            services.AddSingleton<IPersonalKeyStore>(_ => SharedKeys.Value);
            services.AddPersonalData(new RetentionSettings(), PersonalKeyWrapper.NewKey());
            services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        });
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
