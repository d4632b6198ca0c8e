using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace FunderPortal.Attachments;

/// <summary>
/// Content-addressed files under one folder (<c>ab/abcdef…</c>). A file is written to a temporary name while it
/// streams in, flushed to disk, then moved into place, so a crash never leaves a half file under a real id.
/// </summary>
public sealed partial class FileSystemAttachmentStore(string root) : IAttachmentStore
{
    private const int BufferSize = 81_920;

    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        var incoming = Path.Combine(root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("n"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                        throw new FileTooLargeException(maxBytes);
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                file.Flush(flushToDisk: true);
            }

            var id = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathOf(id);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final))
                File.Delete(temporary); // the same bytes are already kept
            else
                File.Move(temporary, final);
            return new StoredFile(id, size);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(IdPattern().IsMatch(id) && File.Exists(PathOf(id))
            ? new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true)
            : null);

    private string PathOf(string id) => Path.Combine(root, id[..2], id);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex IdPattern();
}
