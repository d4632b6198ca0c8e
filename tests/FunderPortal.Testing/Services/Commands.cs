using System.Diagnostics;

namespace FunderPortal.Testing.Services;

/// <summary>Runs the service tools (initdb, pg_ctl, redis-server) with a bounded wait, as the postgres user where PostgreSQL needs it.</summary>
public static class Commands
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a program to completion; throws with its output when it fails or outlasts <paramref name="within"/>.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, TimeSpan within, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres && IsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
                start.ArgumentList.Add(prefix);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {within.TotalSeconds:0} s.");
        }
        var text = await output + await errors;
        return process.ExitCode == 0
            ? text
            : throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {text}");
    }

    /// <summary>A program's full path: on PATH, or in one of <paramref name="alsoIn"/> (newest first); null when missing.</summary>
    public static string? Find(string program, params string[] alsoIn)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return alsoIn.Concat(path).Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
    }

    /// <summary>A fresh folder under the system temp folder; given to the postgres user when running as root.</summary>
    public static async Task<string> FreshFolderAsync(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():n}");
        Directory.CreateDirectory(folder);
        if (IsRoot)
            await RunAsync("chown", ["postgres:postgres", folder], TimeSpan.FromSeconds(10));
        return folder;
    }
}
