using FunderPortal.Testing;

namespace FunderPortal.Benchmarks.Hosting;

/// <summary>Starts the real host for a scenario (<see cref="PortalProcess"/>) and remembers the latest one, so a failed run can show what it wrote.</summary>
internal static class PortalHost
{
    public static PortalProcess? Latest { get; private set; }

    public static async Task<PortalProcess> StartAsync(HostSettings settings, CancellationToken cancellationToken) =>
        Latest = await PortalProcess.StartAsync(settings, cancellationToken);

    /// <summary>Forgets the latest host, so a scenario that fails before starting one does not show another's output.</summary>
    public static void Forget() => Latest = null;
}
