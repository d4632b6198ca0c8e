using System.Collections.Concurrent;
using System.Diagnostics;

namespace FunderPortal.Web.Tests;

/// <summary>The real built host as its own process on free loopback ports, with a fresh data folder and the demo loaded.</summary>
public sealed class PortalHost : IAsyncDisposable
{
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(60);
    private static readonly string[] ClearedPrefixes = ["ASPNETCORE_", "DOTNET_URLS", "DOTNET_ENVIRONMENT", "Portal__", "Auth__", "Orleans__"];

    private readonly Process _process;
    private readonly string _dataPath;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalHost(Process process, string dataPath, Uri baseAddress)
    {
        _process = process;
        _dataPath = dataPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>A platform admin of the shared host (<c>Portal__Admins</c>).</summary>
    public const string Admin = "demo-admin";

    /// <summary>The embedded default with development sign-in, on a free port of 127.0.0.1, the demo loaded.</summary>
    public static Task<PortalHost> StartAsync()
    {
        var ports = FreePorts.Take(2);
        return StartAsync(new Uri($"http://127.0.0.1:{ports[0]}/"), ports[1], new Dictionary<string, string> { ["Portal__Admins"] = Admin }, loadDemo: true);
    }

    /// <summary>
    /// A host at <paramref name="baseAddress"/> (http, a free loopback port) with <paramref name="settings"/> added to its
    /// environment (e.g. an OpenID Connect provider's <c>Auth__*</c>), the demo not loaded.
    /// </summary>
    public static Task<PortalHost> StartAsync(Uri baseAddress, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(baseAddress, FreePorts.Take(2).First(p => p != baseAddress.Port), settings, loadDemo: false);

    private static async Task<PortalHost> StartAsync(Uri baseAddress, int siloPort, IReadOnlyDictionary<string, string> settings, bool loadDemo)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), $"funderportal-web-{Guid.NewGuid():n}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(HostLocation.HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostLocation.HostDll);
        foreach (var key in start.Environment.Keys.Where(k => ClearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_URLS"] = baseAddress.GetLeftPart(UriPartial.Authority);
        start.Environment["Portal__DataPath"] = dataPath;
        start.Environment["Orleans__SiloPort"] = $"{siloPort}";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var portal = new PortalHost(process, dataPath, baseAddress);
        process.OutputDataReceived += (_, e) => portal.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await portal.WaitUntilHealthyAsync();
            if (loadDemo)
            {
                using var http = new HttpClient { BaseAddress = portal.BaseAddress };
                (await http.PostAsync(new Uri("dev/demo", UriKind.Relative), null)).EnsureSuccessStatusCode();
            }
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    public string Output() => string.Join(Environment.NewLine, _output);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but slow to go: nothing more to do from here.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process: the temporary folder is left behind.
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < HealthyWithin)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}.{Environment.NewLine}{Output()}");
            try
            {
                if ((await http.GetAsync(new Uri("health", UriKind.Relative))).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while starting.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host was not healthy within {HealthyWithin.TotalSeconds:0} s.{Environment.NewLine}{Output()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}
