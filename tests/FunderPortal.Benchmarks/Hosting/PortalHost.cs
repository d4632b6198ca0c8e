using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace FunderPortal.Benchmarks.Hosting;

/// <summary>
/// The real built host (<c>dotnet FunderPortal.Api.dll</c>) as its own process, with its last output lines
/// kept for error messages. Stopping asks it to shut down (SIGTERM) and kills it only if it does not;
/// disposing kills whatever still runs.
/// </summary>
internal sealed class PortalHost : IAsyncDisposable
{
    private const int KeptLines = 100;
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StoppedWithin = TimeSpan.FromSeconds(30);

    // Inherited variables that could change what the host listens on or reads; the settings decide instead.
    private static readonly string[] ClearedPrefixes = ["ASPNETCORE_", "DOTNET_URLS", "DOTNET_ENVIRONMENT", "Portal__", "Auth__", "Orleans__"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private PortalHost(Process process, HostSettings settings)
    {
        _process = process;
        Settings = settings;
    }

    public HostSettings Settings { get; }

    /// <summary>The most recently started host, kept after it stops so a failed run can show what it wrote.</summary>
    public static PortalHost? Latest { get; private set; }

    /// <summary>From starting the process to the first <c>GET /health</c> 200.</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>Processor time the host process has used so far (user and system, every thread).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the host and returns once <c>GET /health</c> answers 200.</summary>
    public static async Task<PortalHost> StartAsync(HostSettings settings, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(settings.HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(settings.HostDll);
        foreach (var key in start.Environment.Keys.Where(k => ClearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in settings.Environment())
            start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var host = new PortalHost(process, settings);
        Latest = host;
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        var started = Stopwatch.GetTimestamp();
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {start.FileName} {settings.HostDll}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync(cancellationToken);
            host.StartedIn = Stopwatch.GetElapsedTime(started);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A graceful shutdown (SIGTERM, so the store closes its file); SIGKILL if it takes too long.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) } }))
        {
            if (kill is not null)
                await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(StoppedWithin);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"The host (pid {_process.Id}) did not stop within {StoppedWithin.TotalSeconds:0} s of SIGTERM; killing it.");
            await KillAsync();
        }
    }

    public string Output() =>
        $"--- last lines of the host on {Settings.BaseAddress}, data {Settings.DataPath}{ExitDescription()} ---{Environment.NewLine}"
        + string.Join(Environment.NewLine, _lastLines);

    private string ExitDescription()
    {
        try
        {
            return _process.HasExited ? $", exited with {_process.ExitCode}" : "";
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        catch (OperationCanceledException)
        {
            // Did not exit in time after SIGKILL; nothing more can be done from here.
        }
        _process.Dispose();
    }

    private async Task KillAsync()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(StoppedWithin);
        await _process.WaitForExitAsync(timeout.Token);
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Settings.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        var last = "no answer yet";
        while (waited.Elapsed < HealthyWithin)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy.{Environment.NewLine}{Output()}");
            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
                last = $"{(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        throw new TimeoutException($"GET /health did not answer 200 within {HealthyWithin.TotalSeconds:0} s (last: {last}).{Environment.NewLine}{Output()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _lastLines.Enqueue(line);
        while (_lastLines.Count > KeptLines && _lastLines.TryDequeue(out _))
        {
        }
    }
}
