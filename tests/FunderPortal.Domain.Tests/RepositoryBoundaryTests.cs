using System.ComponentModel;
using System.Diagnostics;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// Nothing in the repository reads outside it: a clone must be all the code, tests, scripts and documents need. A folder
/// beside the checkout (a shared standards folder on one machine) is missing for everyone else, so no tracked file may
/// refer to one. Third-party material the tests need is copied in (e.g. tests/FunderPortal.Api.Tests/Standards/360giving).
/// </summary>
public sealed class RepositoryBoundaryTests
{
    // Made from the folder's name, so this file does not itself name a path outside the repository.
    private const string Beside = "shared";

    /// <summary>This file names the references it looks for, so it is the one file not searched.</summary>
    private const string ThisFile = "tests/FunderPortal.Domain.Tests/RepositoryBoundaryTests.cs";

    /// <summary>
    /// A folder beside the checkout, as a path (either separator), built with <c>Path.Combine</c> (how the 360Giving
    /// schemas were read before they were copied in), or the shared standards folder named in prose.
    /// </summary>
    private static readonly string[] OutsideReferences = ["../" + Beside, @"..\" + Beside, Beside + "/standards", "\"..\", \"" + Beside + "\""];

    private static readonly string[] NotSource = ["bin", "obj", "node_modules", ".git"];

    [Fact]
    public void NoTrackedFileRefersToAFolderBesideTheRepository()
    {
        var root = RepositoryRoot();
        var files = TrackedFiles(root);
        Assert.Contains("README.md", files);
        Assert.Contains(ThisFile, files);

        var offending = new List<string>();
        foreach (var file in files.Where(f => f != ThisFile))
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path))
                continue; // deleted in the working tree, not yet in the index
            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8_000)) >= 0)
                continue; // binary
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var reference in OutsideReferences.Where(r => lines[i].Contains(r, StringComparison.OrdinalIgnoreCase)))
                    offending.Add($"{file}:{i + 1} refers to {reference}: {lines[i].Trim()}");
            }
        }

        Assert.True(offending.Count == 0,
            $"{offending.Count} line(s) of tracked files refer to a folder outside the repository, which a clone does not have; "
            + $"copy what is needed into the repository instead:{Environment.NewLine}{string.Join(Environment.NewLine, offending)}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FunderPortal.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No FunderPortal.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// Paths relative to the root with '/' separators: what <c>git ls-files</c> lists, or, without git or outside a git
    /// checkout (an unpacked archive), every file under the root except build output, packages and git's own folder.
    /// </summary>
    private static List<string> TrackedFiles(string root) =>
        GitLsFiles(root) ?? [.. Walk(new DirectoryInfo(root)).Select(f => Path.GetRelativePath(root, f.FullName).Replace('\\', '/'))];

    private static List<string>? GitLsFiles(string root)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ls-files", "-z" })
            start.ArgumentList.Add(argument);
        try
        {
            using var git = Process.Start(start);
            if (git is null)
                return null;
            var stderr = git.StandardError.ReadToEndAsync();
            var listed = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = stderr.Result;
            return git.ExitCode == 0 ? [.. listed.Split('\0', StringSplitOptions.RemoveEmptyEntries)] : null;
        }
        catch (Win32Exception)
        {
            return null; // git is not installed
        }
    }

    private static IEnumerable<FileInfo> Walk(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles())
            yield return file;
        foreach (var child in directory.EnumerateDirectories().Where(d => !NotSource.Contains(d.Name, StringComparer.Ordinal)))
        {
            foreach (var file in Walk(child))
                yield return file;
        }
    }
}
