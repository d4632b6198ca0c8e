using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FunderPortal.Benchmarks.Measuring;

namespace FunderPortal.Benchmarks.Reads;

/// <summary>
/// Load as <c>wrk</c> makes it, with no tool to install: each connection keeps one HTTP/1.1 request of fixed bytes in
/// flight over a raw socket, reads the whole answer (Content-Length or chunked) and sends the next, as fast as the
/// server answers. Nothing is parsed beyond the status and the framing, so the client costs the machine little (it shares
/// the CPUs with the server, as wrk does). Only answers completed within the window count; every status is kept.
/// </summary>
internal static class WireLoad
{
    public static async Task<LoadRun> RunAsync(Uri baseAddress, string path, IReadOnlyDictionary<string, string> headers, int connections,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        var request = Encoding.ASCII.GetBytes(
            $"GET {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\n"
            + string.Concat(headers.Select(h => $"{h.Key}: {h.Value}\r\n")) + "\r\n");
        var endpoint = new IPEndPoint(IPAddress.Parse(baseAddress.Host), baseAddress.Port);
        var clients = new List<Connection>(connections);
        try
        {
            for (var i = 0; i < connections; i++)
                clients.Add(await Connection.OpenAsync(endpoint, cancellationToken));
            var started = Stopwatch.GetTimestamp();
            var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            await Task.WhenAll(clients.Select(c => Task.Run(() => c.LoopAsync(request, until, cancellationToken), cancellationToken)));
            return new LoadRun(path, clients.Sum(c => c.Ok), clients.Sum(c => c.AllOk), clients.Sum(c => c.NotOk), clients.SelectMany(c => c.FirstNotOk).FirstOrDefault(),
                duration, [.. clients.SelectMany(c => c.LatenciesMs)]);
        }
        finally
        {
            foreach (var client in clients)
                client.Dispose();
        }
    }

    private sealed class Connection(Socket socket) : IDisposable
    {
        private byte[] _buffer = new byte[64 * 1024];

        public long Ok { get; private set; }

        public long AllOk { get; private set; }

        public long NotOk { get; private set; }

        public List<int> FirstNotOk { get; } = [];

        public List<double> LatenciesMs { get; } = new(100_000);

        public static async Task<Connection> OpenAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
        {
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new Connection(socket);
        }

        public async Task LoopAsync(byte[] request, long until, CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= until)
                    return;
                await socket.SendAsync(request, SocketFlags.None, cancellationToken);
                var status = await ReadAnswerAsync(cancellationToken);
                var done = Stopwatch.GetTimestamp();
                if (status is >= 200 and < 300)
                    AllOk++; // every 2xx answer, in the window or after it (a logged read is a read either way)
                if (done > until)
                    return; // finished after the window: not counted, as wrk does
                LatenciesMs.Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
                if (status is >= 200 and < 300)
                    Ok++;
                else
                {
                    NotOk++;
                    if (FirstNotOk.Count == 0)
                        FirstNotOk.Add(status);
                }
            }
        }

        /// <summary>Reads one whole answer and returns its status.</summary>
        private async Task<int> ReadAnswerAsync(CancellationToken cancellationToken)
        {
            var filled = 0;
            int headerEnd;
            while ((headerEnd = HeaderEnd(filled)) < 0)
                filled += await ReceiveAsync(filled, cancellationToken);
            var head = _buffer.AsSpan(0, headerEnd + 2);
            var status = (head[9] - '0') * 100 + (head[10] - '0') * 10 + (head[11] - '0');
            var bodyStart = headerEnd + 4;
            // Kestrel (and the bare app, which is Kestrel) write these headers in this case.
            if (Value(head, "\r\nContent-Length: "u8) is { } length)
            {
                var total = bodyStart + length;
                while (filled < total)
                    filled += await ReceiveAsync(filled, cancellationToken, total);
            }
            else if (head.IndexOf("\r\nTransfer-Encoding: chunked"u8) >= 0)
                await ReadChunksAsync(bodyStart, filled, cancellationToken);
            return status;
        }

        /// <summary>Chunked framing: each size line, its bytes and CRLF, until the chunk of size 0 and the final CRLF.</summary>
        private async Task ReadChunksAsync(int position, int filled, CancellationToken cancellationToken)
        {
            while (true)
            {
                int lineEnd;
                while ((lineEnd = IndexOfCrLf(position, filled)) < 0)
                    filled += await ReceiveAsync(filled, cancellationToken);
                var size = Convert.ToInt32(Encoding.ASCII.GetString(_buffer, position, lineEnd - position).Split(';')[0].Trim(), 16);
                var next = lineEnd + 2 + size + 2;
                while (filled < next)
                    filled += await ReceiveAsync(filled, cancellationToken, next);
                if (size == 0)
                    return;
                position = next;
            }
        }

        private async Task<int> ReceiveAsync(int filled, CancellationToken cancellationToken, int need = 0)
        {
            if (_buffer.Length - filled < Math.Max(4096, need - filled))
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, need + 4096));
            var read = await socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None, cancellationToken);
            return read > 0 ? read : throw new IOException("The server closed the connection.");
        }

        private int HeaderEnd(int filled) => _buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);

        private int IndexOfCrLf(int from, int filled) => _buffer.AsSpan(from, filled - from).IndexOf("\r\n"u8) is var i and >= 0 ? from + i : -1;

        private static int? Value(ReadOnlySpan<byte> head, ReadOnlySpan<byte> name)
        {
            var at = head.IndexOf(name);
            if (at < 0)
                return null;
            var value = 0;
            foreach (var digit in head[(at + name.Length)..])
            {
                if (digit is < (byte)'0' or > (byte)'9')
                    break;
                value = (value * 10) + (digit - '0');
            }
            return value;
        }

        public void Dispose() => socket.Dispose();
    }
}

/// <summary>One load window: answers 2xx within it (and in all, late ones too) and not, the first status that was not, and each answer's time.</summary>
internal sealed record LoadRun(string Path, long Ok, long AllOk, long NotOk, int FirstNotOkStatus, TimeSpan Window, IReadOnlyList<double> LatenciesMs)
{
    /// <summary>2xx answers a second: the only ones counted.</summary>
    public double Rate => Ok / Window.TotalSeconds;

    public double P50Ms => Samples.Percentile(LatenciesMs, 50);

    public double P99Ms => Samples.Percentile(LatenciesMs, 99);

    public override string ToString() =>
        $"{Show.Rate(Rate)} ({Show.Count(Ok)} answers 2xx in {Show.Seconds(Window)}), p50 {Show.Ms(P50Ms)}, p99 {Show.Ms(P99Ms)}";
}
