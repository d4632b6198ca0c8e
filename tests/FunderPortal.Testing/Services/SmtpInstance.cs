using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace FunderPortal.Testing.Services;

/// <summary>
/// A private SMTP server for one test: Debian's aiosmtpd (<c>python3 -m aiosmtpd</c>, installed by
/// tests/cluster/services.sh) on a free loopback port, its Mailbox handler writing every message it accepts to a maildir
/// the test reads back. It can be stopped and started again on the same port (a fault test). Missing, it fails the test
/// (never skips). Disposing kills it by its process id and deletes the folder.
/// </summary>
public sealed class SmtpInstance : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(20);
    private static readonly string[] MaildirParts = ["new", "cur"];
    private readonly string _folder;
    private Process? _process;

    private SmtpInstance(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string Maildir => Path.Combine(_folder, "maildir");

    public static async Task<SmtpInstance> StartAsync()
    {
        if (!File.Exists(Python) || !(await Commands.RunAsync(Python, ["-c", "import aiosmtpd; print('ok')"], TimeSpan.FromSeconds(20))).Contains("ok", StringComparison.Ordinal))
            throw new InvalidOperationException("aiosmtpd is not installed: run tests/cluster/services.sh (Debian python3-aiosmtpd).");
        var folder = Path.Combine(Path.GetTempPath(), $"funderportal-smtp-{Guid.NewGuid():n}");
        Directory.CreateDirectory(folder);
        var instance = new SmtpInstance(folder, FreePorts.Take(1)[0]);
        try
        {
            await instance.StartServerAsync();
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every message accepted so far, as the raw text the server stored.</summary>
    public IReadOnlyList<string> Messages() =>
        [.. MaildirParts.Select(d => Path.Combine(Maildir, d)).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles).Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Stops the server (connections are refused until <see cref="StartAgainAsync"/>).</summary>
    public async Task StopAsync()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _process = null;
    }

    public Task StartAgainAsync() => StartServerAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartServerAsync()
    {
        var start = new ProcessStartInfo(Python) { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var clock = Stopwatch.StartNew();
        while (!await GreetsAsync())
        {
            if (_process.HasExited || clock.Elapsed > ReadyWithin)
                throw new InvalidOperationException($"aiosmtpd on port {Port} did not greet within {ReadyWithin.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Whether the server answers with its 220 greeting.</summary>
    private async Task<bool> GreetsAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var buffer = new byte[256];
            var read = await client.GetStream().ReadAsync(buffer, timeout.Token);
            var greeting = Encoding.ASCII.GetString(buffer, 0, read);
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("QUIT\r\n"), timeout.Token);
            return greeting.StartsWith("220", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
