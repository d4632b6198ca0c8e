using System.Reflection;

namespace FunderPortal.Testing;

/// <summary>
/// Where things are for tests and benchmarks: the repository (found by its FunderPortal.sln above the build output) and
/// the built host for the same configuration as this library, which is built with its callers.
/// </summary>
public static class HostLocation
{
    private const string SolutionFile = "FunderPortal.sln";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Configuration { get; } =
        typeof(HostLocation).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    /// <summary>Looked up on first use, so callers that only need the repository do not need the host built.</summary>
    public static string HostDll => BuiltHost.Value;

    private static readonly Lazy<string> BuiltHost = new(FindHostDll);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }

    private static string FindHostDll()
    {
        var dll = Path.Combine(RepositoryRoot, "src", "FunderPortal.Api", "bin", Configuration, "net10.0", "FunderPortal.Api.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"The host is not built at {dll}: build the solution with -c {Configuration} first.");
    }
}
