namespace FunderPortal.Benchmarks.Hosting;

/// <summary>
/// The run's temporary folder (one disk for every database of the run, so figures compare). Disposing deletes
/// it, whether the run passed, failed or threw.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "funderportal-benchmarks");

    private string? _hostDll;

    private ScratchFolder(string root) => Root = root;

    public string Root { get; }

    public static ScratchFolder Create()
    {
        var root = Path.Combine(Parent, Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(root);
        return new ScratchFolder(root);
    }

    /// <summary>
    /// The built host, copied here once, so a build running meanwhile (./test.sh, another engineer) cannot
    /// overwrite the files a running host has loaded.
    /// </summary>
    public string HostDll => _hostDll ??= CopyHost();

    /// <summary>A new, empty folder inside the scratch folder.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private string CopyHost()
    {
        var source = Path.GetDirectoryName(HostLocation.HostDll)!;
        var target = Folder("host");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return Path.Combine(target, Path.GetFileName(HostLocation.HostDll));
    }

    public void Dispose()
    {
        for (var attempt = 0; attempt < 10 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
        if (Directory.Exists(Parent) && !Directory.EnumerateFileSystemEntries(Parent).Any())
            Directory.Delete(Parent);
    }
}
