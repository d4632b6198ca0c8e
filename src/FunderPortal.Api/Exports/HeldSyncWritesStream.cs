namespace FunderPortal.Api.Exports;

/// <summary>
/// The response body for a writer that makes a few small synchronous writes among its asynchronous ones (the zip
/// inside an XLSX file writes each part's closing descriptor and its directory that way), which the server refuses:
/// a synchronous write is held in memory and sent before the next asynchronous one, or by <see cref="SendHeldAsync"/>.
/// </summary>
internal sealed class HeldSyncWritesStream(Stream body) : Stream
{
    private readonly MemoryStream _held = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _held.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _held.Write(buffer);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendHeldAsync(cancellationToken);
        await body.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Held until the next asynchronous write or flush.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendHeldAsync(cancellationToken);
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>Sends whatever synchronous writes left in memory.</summary>
    public async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        if (_held.Length == 0)
            return;
        await body.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), cancellationToken);
        _held.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _held.Dispose();
        base.Dispose(disposing);
    }
}
