namespace FunderPortal.System.Tests;

/// <summary>
/// One portal installation for one test: a fresh data folder and ports, and every host process started on
/// them. Disposing kills whatever still runs and deletes the data folder, whether the test passed or not.
/// </summary>
public sealed class PortalSandbox : IAsyncDisposable
{
    private readonly List<PortalProcess> _started = [];

    private PortalSandbox(PortalSettings settings) => Settings = settings;

    public PortalSettings Settings { get; }

    /// <summary>The most recently started host.</summary>
    public PortalProcess Current => _started.Count > 0 ? _started[^1] : throw new InvalidOperationException("No host started yet.");

    /// <summary>A sandbox whose hosts start with <paramref name="settings"/> besides the usual ones (environment form).</summary>
    public static PortalSandbox Create(string? devSigningKey, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "funderportal-system-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        return new PortalSandbox(PortalSettings.WithFreePorts(dataPath, devSigningKey, settings));
    }

    /// <summary>Starts a host on this sandbox's data folder and ports (the previous one must be gone) and waits until it is healthy.</summary>
    public async Task<PortalProcess> StartAsync(CancellationToken cancellationToken)
    {
        if (_started.Count > 0 && !Current.HasExited)
            throw new InvalidOperationException("The previous host still runs: kill it before starting another on the same ports.");
        var process = await PortalProcess.StartAsync(Settings, cancellationToken);
        _started.Add(process);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _started)
            await process.DisposeAsync();
        DeleteDataFolder();
    }

    private void DeleteDataFolder()
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(Settings.DataPath); attempt++)
        {
            try
            {
                Directory.Delete(Settings.DataPath, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
