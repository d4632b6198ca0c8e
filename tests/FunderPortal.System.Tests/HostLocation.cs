using System.Reflection;

namespace FunderPortal.System.Tests;

/// <summary>Where the built host is: the Api project's output for the same configuration as this test assembly.</summary>
public static class HostLocation
{
    private const string SolutionFile = "FunderPortal.sln";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Configuration { get; } =
        typeof(HostLocation).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    public static string HostDll { get; } = FindHostDll();

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
