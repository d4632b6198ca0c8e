namespace FunderPortal.Cluster.Tests;

/// <summary>
/// Silos of one cluster for one test: a fresh database and cluster id, every silo on its own free ports. A killed silo
/// can be started again on the same ports. Disposing kills every silo still running.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly SiloSettings[] _settings;
    private readonly PortalProcess?[] _silos;

    private TestCluster(SiloSettings[] settings)
    {
        _settings = settings;
        _silos = new PortalProcess?[settings.Length];
    }

    public string Database { get; private init; } = "";

    public PortalProcess this[int index] => _silos[index] ?? throw new InvalidOperationException($"Silo {index} is not running.");

    public IReadOnlyList<Uri> Addresses => [.. _settings.Select(s => s.BaseAddress)];

    /// <summary>Starts <paramref name="silos"/> silos together and returns once each answers <c>/health</c> with 200.</summary>
    public static async Task<TestCluster> StartAsync(ClusterServices services, int silos, CancellationToken cancellationToken)
    {
        var database = await services.Postgres.CreateDatabaseAsync("cluster");
        var clusterId = $"test-{Guid.NewGuid():n}";
        var keyRingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var settings = Enumerable.Range(0, silos).Select(i =>
        {
            var ports = FreePorts.Take(3);
            var home = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"funderportal-silo-home-{clusterId}-{i}")).FullName;
            return new SiloSettings($"{i}", ports[0], ports[1], ports[2], services.Postgres.ConnectionString(database),
                services.Redis.ConnectionString, clusterId, $"signing key of {clusterId}", keyRingKey, home);
        }).ToArray();
        var cluster = new TestCluster(settings) { Database = database };
        try
        {
            await Task.WhenAll(Enumerable.Range(0, silos).Select(i => cluster.StartSiloAsync(i, cancellationToken)));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task StartSiloAsync(int index, CancellationToken cancellationToken)
    {
        if (_silos[index] is { HasExited: false })
            throw new InvalidOperationException($"Silo {index} still runs.");
        _silos[index] = await PortalProcess.StartAsync(_settings[index], cancellationToken);
    }

    /// <summary>The last lines of every silo, for failure messages.</summary>
    public string Output() => string.Join(Environment.NewLine, _silos.Where(s => s is not null).Select(s => s!.Output()));

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            if (silo is not null)
                await silo.DisposeAsync();
        }
        foreach (var home in _settings.Select(s => s.Home).Where(Directory.Exists))
            Directory.Delete(home, recursive: true);
    }

    /// <summary>Where silo <paramref name="index"/> keeps what a machine keeps in its home folder.</summary>
    public string HomeOf(int index) => _settings[index].Home;
}
