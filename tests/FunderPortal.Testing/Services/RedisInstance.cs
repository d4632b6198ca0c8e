using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace FunderPortal.Testing.Services;

/// <summary>
/// A private redis-server for one test run: a free loopback port, its own folder, append-only persistence (a Redis
/// that comes back empty splits an Orleans cluster) and a password, as compose and Kubernetes run it. Disposing kills
/// it and deletes the folder.
/// </summary>
public sealed class RedisInstance : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(20);
    private readonly string _program;
    private readonly string _folder;
    private Process? _process;

    private RedisInstance(string program, string folder, int port)
    {
        _program = program;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Required by the server (<c>--requirepass</c>): the silos must send it, as in compose and Kubernetes.</summary>
    public string Password { get; } = Guid.NewGuid().ToString("n");

    public string ConnectionString => $"127.0.0.1:{Port},password={Password}";

    public static async Task<RedisInstance> StartAsync()
    {
        var program = Commands.Find("redis-server", "/usr/bin", "/usr/local/bin")
            ?? throw new InvalidOperationException("redis-server is not installed: run tests/cluster/services.sh.");
        var folder = Path.Combine(Path.GetTempPath(), $"funderportal-redis-{Guid.NewGuid():n}");
        Directory.CreateDirectory(folder);
        var instance = new RedisInstance(program, folder, FreePorts.Take(1)[0]);
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

    /// <summary>A clean shutdown (SIGTERM: the append-only file is flushed), then the same server started again.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await StopAsync();
        await Task.Delay(down);
        await StartServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
            return;
        await Commands.RunAsync("kill", ["-TERM", $"{_process.Id}"], TimeSpan.FromSeconds(5));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
        _process = null;
    }

    private async Task StartServerAsync()
    {
        var start = new ProcessStartInfo(_program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--port", $"{Port}", "--bind", "127.0.0.1", "--dir", _folder, "--appendonly", "yes", "--appendfsync", "everysec",
            "--save", "", "--protected-mode", "yes", "--requirepass", Password, "--daemonize", "no", "--logfile", Path.Combine(_folder, "redis.log"),
        })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server.");
        var clock = Stopwatch.StartNew();
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || clock.Elapsed > ReadyWithin)
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within {ReadyWithin.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {Password}\r\nPING\r\n"), timeout.Token);
            var answer = new StringBuilder();
            var buffer = new byte[64];
            while (!answer.ToString().Contains("+PONG", StringComparison.Ordinal) && !answer.ToString().Contains('-', StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                    break;
                answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            return answer.ToString().Contains("+OK\r\n+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
