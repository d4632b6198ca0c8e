using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace FunderPortal.Testing;

/// <summary>
/// The real built host (<c>dotnet FunderPortal.Api.dll</c>) running as a separate OS process, with the last
/// lines of its output kept for failure messages. <see cref="KillAsync"/> crashes it, <see cref="StopAsync"/> shuts
/// it down gracefully; disposing kills it if it is still running.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StoppedWithin = TimeSpan.FromSeconds(30);

    // Inherited variables that could change what the host listens on or reads; the settings decide instead.
    private static readonly string[] ClearedPrefixes = ["ASPNETCORE_", "DOTNET_URLS", "DOTNET_ENVIRONMENT", "Portal__", "Auth__", "Orleans__", "ConnectionStrings__", "OTEL_"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private PortalProcess(Process process, IHostSettings settings)
    {
        _process = process;
        Settings = settings;
    }

    public IHostSettings Settings { get; }

    public Uri BaseAddress => Settings.BaseAddress;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

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

    /// <summary>Starts the host and returns once <c>GET /health</c> answers 200 on the configured address.</summary>
    public static async Task<PortalProcess> StartAsync(IHostSettings settings, CancellationToken cancellationToken)
    {
        var start = StartInfo(settings);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var portal = new PortalProcess(process, settings);
        process.OutputDataReceived += (_, e) => portal.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Keep(e.Data);
        var started = Stopwatch.GetTimestamp();
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {start.FileName} {settings.HostDll}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await portal.WaitUntilHealthyAsync(cancellationToken);
            portal.StartedIn = Stopwatch.GetElapsedTime(started);
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts a host that is expected to refuse to start (a bad setting) and waits for it to exit: its exit code and
    /// everything it wrote. Kills it and fails if it is still running after <paramref name="within"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IHostSettings settings, TimeSpan within)
    {
        using var process = new Process { StartInfo = StartInfo(settings) };
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {process.StartInfo.FileName} {settings.HostDll}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The host was still running after {within.TotalSeconds:0} s.{Environment.NewLine}{await output}{await error}");
        }
        return (process.ExitCode, $"{await output}{Environment.NewLine}{await error}");
    }

    private static ProcessStartInfo StartInfo(IHostSettings settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(settings.HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(settings.HostDll);
        foreach (var key in start.Environment.Keys.Where(k => ClearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in settings.Environment())
            start.Environment[key] = value;
        return start;
    }

    /// <summary>SIGKILL on Linux: no shutdown code runs, exactly like a crash.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(ExitWithin);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>A graceful shutdown (SIGTERM, so the store closes its file); SIGKILL if it takes too long.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        using (var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) } }))
        {
            if (term is not null)
                await term.WaitForExitAsync();
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

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string Output() =>
        $"--- host pid {SafeId()} on {BaseAddress}, {Settings.Description}, exited: {SafeHasExited()} ---{Environment.NewLine}"
        + string.Join(Environment.NewLine, _lastLines);

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

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        var last = "no answer yet";
        while (deadline.Elapsed < HealthyWithin)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy.{Environment.NewLine}{Output()}");
            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        throw new TimeoutException($"GET {BaseAddress}health did not answer 200 within {HealthyWithin.TotalSeconds:0} s (last: {last}).{Environment.NewLine}{Output()}");
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

    private string SafeId()
    {
        try
        {
            return $"{_process.Id}";
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    private string SafeHasExited()
    {
        try
        {
            return _process.HasExited ? $"yes ({_process.ExitCode})" : "no";
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
