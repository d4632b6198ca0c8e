using System.Diagnostics;
using Npgsql;

namespace FunderPortal.Admin;

/// <summary>
/// The cluster's backup: <c>pg_dump --format=custom</c> of the whole database (events, snapshots, files), consistent
/// while the silos keep writing. Restoring (<c>pg_restore --clean --single-transaction</c>) replaces every table and
/// must run while the silos are stopped, or they would keep serving the state they hold in memory.
/// </summary>
public static class PostgresBackup
{
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(30);

    public static Task DumpAsync(string connectionString, string backupFile) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", $"--file={backupFile}"]);

    public static Task RestoreAsync(string connectionString, string backupFile) =>
        RunAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", backupFile]);

    /// <summary>Runs the PostgreSQL tool against the database the Npgsql connection string names (password through the environment).</summary>
    private static async Task RunAsync(string tool, string connectionString, string[] arguments)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add($"--dbname={builder.Database}");
        start.ArgumentList.Add($"--host={builder.Host}");
        start.ArgumentList.Add($"--port={builder.Port}");
        if (!string.IsNullOrEmpty(builder.Username))
            start.ArgumentList.Add($"--username={builder.Username}");
        start.ArgumentList.Add("--no-password");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (!string.IsNullOrEmpty(builder.Password))
            start.Environment["PGPASSWORD"] = builder.Password;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}: is the PostgreSQL client installed?");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Within);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await errors}{await output}");
    }
}
