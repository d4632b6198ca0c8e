namespace FunderPortal.Attachments;

/// <summary>
/// Files kept by content: the id is the SHA-256 of the bytes, so the same file stored twice is kept once. The
/// embedded default keeps them on disk; cluster mode keeps them in PostgreSQL, where every silo reaches them.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Streams <paramref name="content"/> to durable storage; throws <see cref="FileTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>The file's bytes, or null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken = default);
}

public sealed record StoredFile(string Id, long SizeBytes);

public sealed class FileTooLargeException(long maxBytes) : Exception($"The file is larger than {maxBytes:N0} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
