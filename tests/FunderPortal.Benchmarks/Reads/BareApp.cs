using System.Diagnostics;
using FunderPortal.Benchmarks.Hosting;

namespace FunderPortal.Benchmarks.Reads;

/// <summary>
/// The ceiling a read is measured against: <c>tools/BareEndpoint</c>, bare ASP.NET Core in its own process (as the portal
/// is), answering the bytes captured from the real host — <c>GET /bare</c> the JSON, <c>GET /bare.html</c> the page.
/// Copied into the run's scratch folder first, like the host, so a build meanwhile cannot replace it.
/// </summary>
internal sealed class BareApp : IAsyncDisposable
{
    private readonly Process _process;

    private BareApp(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareApp> StartAsync(ScratchFolder scratch, byte[] json, byte[] html, CancellationToken cancellationToken)
    {
        var folder = scratch.Folder("bare");
        var dll = Copy(Path.GetDirectoryName(BareDll)!, scratch.Folder("bare-app"));
        var jsonFile = Path.Combine(folder, "body.json");
        var htmlFile = Path.Combine(folder, "page.html");
        await File.WriteAllBytesAsync(jsonFile, json, cancellationToken);
        await File.WriteAllBytesAsync(htmlFile, html, cancellationToken);
        var port = FreePorts.Take(1)[0];
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["BARE_BODY_FILE"] = jsonFile;
        start.Environment["BARE_HTML_FILE"] = htmlFile;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bare = new BareApp(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await bare.WaitUntilAnsweringAsync(cancellationToken);
            return bare;
        }
        catch
        {
            await bare.DisposeAsync();
            throw;
        }
    }

    private static string BareDll
    {
        get
        {
            var dll = Path.Combine(HostLocation.RepositoryRoot, "tools", "BareEndpoint", "bin", HostLocation.Configuration, "net10.0", "BareEndpoint.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"The bare app is not built at {dll}: build the solution with -c {HostLocation.Configuration} first.");
        }
    }

    private static string Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return Path.Combine(target, "BareEndpoint.dll");
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bare app exited with {_process.ExitCode}.");
            try
            {
                using var response = await http.GetAsync(new Uri("bare", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("The bare app did not answer GET /bare within 15 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
