using Npgsql;

namespace FunderPortal.Testing.Services;

/// <summary>
/// A private PostgreSQL server for one test run: its own data folder, a free loopback port, trust authentication on
/// loopback only. Stopping and starting it disturbs nothing else on the machine. Disposing stops it and deletes it.
/// </summary>
public sealed class PostgresInstance : IAsyncDisposable
{
    private static readonly TimeSpan CommandWithin = TimeSpan.FromSeconds(60);
    private readonly string _bin;
    private readonly string _folder;

    private PostgresInstance(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The PostgreSQL server programs' folder (newest installed version), or null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : Path.GetDirectoryName(Commands.Find("initdb") ?? "");

    public static async Task<PostgresInstance> StartAsync()
    {
        var bin = FindBinaries() is { Length: > 0 } found
            ? found
            : throw new InvalidOperationException("PostgreSQL server programs (initdb, pg_ctl) are not installed: run tests/cluster/services.sh.");
        var folder = await Commands.FreshFolderAsync("funderportal-pg");
        var instance = new PostgresInstance(bin, folder, FreePorts.Take(1)[0]);
        try
        {
            await Commands.RunAsync(Path.Combine(bin, "initdb"),
                ["-D", instance.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"], CommandWithin, asPostgres: true);
            await instance.StartServerAsync();
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=3;Command Timeout=15;Maximum Pool Size=40";

    /// <summary>A new empty database with a name unique to this call.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():n}"[..Math.Min(prefix.Length + 33, 63)];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"); // the server may have restarted since the last call
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    /// <summary>A fast shutdown: connections are cut at once, as when a database server goes away.</summary>
    public Task StopAsync() =>
        Commands.RunAsync(Path.Combine(_bin, "pg_ctl"), ["stop", "-D", DataFolder, "-m", "fast", "-w"], CommandWithin, asPostgres: true);

    public Task StartServerAsync() =>
        Commands.RunAsync(Path.Combine(_bin, "pg_ctl"),
            ["start", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "30", "-o",
             $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_folder} -c max_connections=300 -c fsync=on"],
            CommandWithin, asPostgres: true);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Commands.RunAsync(Path.Combine(_bin, "pg_ctl"), ["stop", "-D", DataFolder, "-m", "immediate", "-w"], CommandWithin, asPostgres: true);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_folder, recursive: true);
    }
}
