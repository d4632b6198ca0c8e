using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.PersonalData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Benchmarks.DueDates;

/// <summary>
/// One Orleans silo in this process, configured as the embedded default is (SQLite event store, the durable SQLite
/// reminder table, personal data sealed) but with the scenario's product clock, so its grains can be counted
/// (<c>IManagementGrain</c>) while the reminders fire.
/// </summary>
internal sealed class DueDatesSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly SqliteEventStore _store;

    private DueDatesSilo(IHost host, SqliteEventStore store) => (_host, _store) = (host, store);

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<DueDatesSilo> StartAsync(string databaseFile, IClock clock, CancellationToken cancellationToken)
    {
        var store = new SqliteEventStore(databaseFile, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteEventStore>.Instance);
        var ports = FreePorts.Take(1);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(ports[0], 0);
            silo.StartActivationsApart();
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable>(new SqliteReminderTable(databaseFile));
        });
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IEventStore>(store);
        builder.Services.AddSingleton<IPersonalKeyStore>(new SqlitePersonalKeyStore(databaseFile));
        builder.Services.AddPersonalData(new RetentionSettings(), PersonalKeyWrapper.NewKey());
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new DueDatesSilo(host, store);
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(stopping.Token);
        _host.Dispose();
        await _store.DisposeAsync();
    }
}
