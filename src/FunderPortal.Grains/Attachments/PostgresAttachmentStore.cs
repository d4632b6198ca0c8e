using System.Security.Cryptography;
using FunderPortal.Common;
using FunderPortal.EventStore.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;

namespace FunderPortal.Attachments;

/// <summary>
/// Cluster mode's files: one <c>bytea</c> row per content id in the same database as the events, so every silo
/// reaches every file, and one <c>pg_dump</c> backs up files and history together. Files are at most
/// <c>Portal:MaxAttachmentBytes</c> (25 MB by default), small enough to hold in memory while they are hashed and
/// written; large objects would stream but need their own clean-up and are not dumped by default.
/// Content addressing makes a save idempotent (<c>ON CONFLICT DO NOTHING</c>), so it is safe to retry.
/// </summary>
public sealed class PostgresAttachmentStore(NpgsqlDataSource dataSource, ILogger<PostgresAttachmentStore> logger) : IAttachmentStore
{
    private const int BufferSize = 81_920;
    private readonly ResiliencePipeline _pipeline = PostgresResilience.Create(dataSource, TimeSpan.FromSeconds(30));

    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var bytes = new MemoryStream();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (bytes.Length + read > maxBytes)
                throw new FileTooLargeException(maxBytes);
            hash.AppendData(buffer, 0, read);
            bytes.Write(buffer, 0, read);
        }
        var id = Convert.ToHexStringLower(hash.GetHashAndReset());
        var data = bytes.ToArray();

        await GuardAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                "INSERT INTO attachments (id, size_bytes, content) VALUES (@id, @size, @content) ON CONFLICT (id) DO NOTHING");
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("size", (long)data.Length);
            command.Parameters.AddWithValue("content", data);
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, cancellationToken);
        return new StoredFile(id, data.Length);
    }

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken = default) =>
        GuardAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand("SELECT content FROM attachments WHERE id = @id");
            command.Parameters.AddWithValue("id", id);
            return await command.ExecuteScalarAsync(ct) is byte[] data ? (Stream)new MemoryStream(data, writable: false) : null;
        }, cancellationToken);

    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await work(ct), cancellationToken);
        }
        catch (Exception ex) when (PostgresResilience.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The attachment store could not be reached");
            throw new StorageUnavailableException("File storage could not be reached; nothing was changed. Try again shortly.");
        }
    }
}
