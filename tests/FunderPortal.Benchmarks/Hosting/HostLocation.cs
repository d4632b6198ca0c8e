using System.Reflection;

namespace FunderPortal.Benchmarks.Hosting;

/// <summary>Where the built host is: the Api project's output for the configuration this benchmark was built in.</summary>
internal static class HostLocation
{
    private const string SolutionFile = "FunderPortal.sln";

    public static string Configuration { get; } =
        typeof(HostLocation).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    public static string HostDll { get; } = FindHostDll();

    private static string FindHostDll()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                continue;
            var dll = Path.Combine(directory.FullName, "src", "FunderPortal.Api", "bin", Configuration, "net10.0", "FunderPortal.Api.dll");
            return File.Exists(dll)
                ? dll
                : throw new InvalidOperationException($"The host is not built at {dll}: build the solution with -c {Configuration} first.");
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
