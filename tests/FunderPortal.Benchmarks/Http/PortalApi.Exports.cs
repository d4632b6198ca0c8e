using System.Buffers;
using System.Net;

namespace FunderPortal.Benchmarks.Http;

/// <summary>A download read as it arrives: its size, its lines and its first bytes, never held whole.</summary>
internal sealed record Download(string ContentType, long Bytes, int Lines, byte[] Start);

/// <summary>Exports: files read from the stream as the host writes them.</summary>
internal sealed partial class PortalApi
{
    /// <summary>
    /// <c>GET {path}</c> read from the stream as it arrives (counting bytes and line feeds, keeping the first 4 bytes);
    /// throws unless 200.
    /// </summary>
    public async Task<Download> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"GET {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected 200: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long bytes = 0;
            var lines = 0;
            var start = new List<byte>(4);
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                for (var i = 0; i < chunk.Length && start.Count < 4; i++)
                    start.Add(chunk[i]);
                lines += chunk.Count((byte)'\n');
                bytes += read;
            }
            return new Download(response.Content.Headers.ContentType?.ToString() ?? "", bytes, lines, [.. start]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
