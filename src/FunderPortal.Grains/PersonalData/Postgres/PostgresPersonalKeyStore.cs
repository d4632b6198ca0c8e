using FunderPortal.Common;
using FunderPortal.EventStore.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;

namespace FunderPortal.PersonalData.Postgres;

/// <summary>
/// Cluster mode's key store: tables in the events database (created with its schema, <see cref="PostgresSchema"/>),
/// every call through the same resilience pipeline. Every statement is safe to repeat (inserts ignore what exists,
/// deletes delete what is left), so a retry after a lost answer changes nothing twice — at worst an erasure is
/// recorded twice. PostgreSQL frees deleted rows at its next (auto)vacuum.
/// </summary>
public sealed class PostgresPersonalKeyStore(NpgsqlDataSource dataSource, ILogger<PostgresPersonalKeyStore> logger) : IPersonalKeyStore
{
    private readonly ResiliencePipeline _pipeline = PostgresResilience.Create(dataSource);

    public Task<byte[]> GetOrAddAsync(PersonalKeyId key, byte[] material, string streamId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        GuardAsync(async ct =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var insert = new NpgsqlCommand("""
                INSERT INTO personal_keys (key_id, person_id, purpose, period, material, created_at)
                VALUES (@key, @person, @purpose, @period, @material, @now) ON CONFLICT (key_id) DO NOTHING;
                INSERT INTO personal_streams (person_id, stream_id) VALUES (@person, @stream) ON CONFLICT DO NOTHING;
                """, connection, transaction))
            {
                insert.Parameters.AddWithValue("key", key.ToString());
                insert.Parameters.AddWithValue("person", key.Person);
                insert.Parameters.AddWithValue("purpose", key.Purpose);
                insert.Parameters.AddWithValue("period", key.Period);
                insert.Parameters.AddWithValue("material", material);
                insert.Parameters.AddWithValue("now", now);
                insert.Parameters.AddWithValue("stream", streamId);
                await insert.ExecuteNonQueryAsync(ct);
            }
            byte[] stored;
            await using (var select = new NpgsqlCommand("SELECT material FROM personal_keys WHERE key_id = @key", connection, transaction))
            {
                select.Parameters.AddWithValue("key", key.ToString());
                stored = (byte[])(await select.ExecuteScalarAsync(ct))!;
            }
            await transaction.CommitAsync(ct);
            return stored;
        }, cancellationToken);

    public Task<byte[]?> FindAsync(string keyId, CancellationToken cancellationToken = default) =>
        GuardAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand("SELECT material FROM personal_keys WHERE key_id = @key");
            command.Parameters.AddWithValue("key", keyId);
            return await command.ExecuteScalarAsync(ct) as byte[];
        }, cancellationToken);

    public Task<IReadOnlyList<string>> StreamsOfAsync(string personId, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT stream_id FROM personal_streams WHERE person_id = @v ORDER BY stream_id", personId, cancellationToken);

    public Task<IReadOnlyList<string>> PeopleInAsync(string streamId, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT person_id FROM personal_streams WHERE stream_id = @v ORDER BY person_id", streamId, cancellationToken);

    public Task<int> DestroyPersonAsync(string personId, string erasedBy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        GuardAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand("""
                WITH destroyed AS (DELETE FROM personal_keys WHERE person_id = @person RETURNING 1)
                INSERT INTO personal_erasures (person_id, erased_at, erased_by, keys_destroyed)
                SELECT @person, @now, @by, count(*) FROM destroyed
                RETURNING keys_destroyed
                """);
            command.Parameters.AddWithValue("person", personId);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("by", erasedBy);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    public Task<IReadOnlyList<PersonalErasure>> ErasuresOfAsync(string personId, CancellationToken cancellationToken = default) =>
        GuardAsync<IReadOnlyList<PersonalErasure>>(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                "SELECT erased_at, erased_by, keys_destroyed FROM personal_erasures WHERE person_id = @person ORDER BY erased_at");
            command.Parameters.AddWithValue("person", personId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var erasures = new List<PersonalErasure>();
            while (await reader.ReadAsync(ct))
                erasures.Add(new PersonalErasure(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetInt32(2)));
            return erasures;
        }, cancellationToken);

    public Task<int> DestroyBeforeAsync(string purpose, string firstKeptPeriod, CancellationToken cancellationToken = default) =>
        GuardAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                "DELETE FROM personal_keys WHERE purpose = @purpose AND period <> @none AND period < @first");
            command.Parameters.AddWithValue("purpose", purpose);
            command.Parameters.AddWithValue("none", PersonalKeyId.NoPeriod);
            command.Parameters.AddWithValue("first", firstKeptPeriod);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private Task<IReadOnlyList<string>> ListAsync(string sql, string value, CancellationToken cancellationToken) =>
        GuardAsync<IReadOnlyList<string>>(async ct =>
        {
            await using var command = dataSource.CreateCommand(sql);
            command.Parameters.AddWithValue("v", value);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var values = new List<string>();
            while (await reader.ReadAsync(ct))
                values.Add(reader.GetString(0));
            return values;
        }, cancellationToken);

    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await work(ct), cancellationToken);
        }
        catch (Exception ex) when (PostgresResilience.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The personal key store could not be reached");
            throw new StorageUnavailableException("Personal data keys could not be reached; nothing was changed. Try again shortly.");
        }
    }
}
