using Npgsql;

namespace FunderPortal.EventStore.Postgres;

/// <summary>
/// The cluster's tables: the same event and snapshot layout as the embedded SQLite store (times as the same
/// fixed-width UTC text, so a copied event is byte for byte the one recorded, and text order is time order),
/// plus content-addressed attachments, the per-person keys (really deleted, unlike events) and the web host's shared
/// key ring (encrypted). Created idempotently; a transaction-scoped advisory lock makes silos that
/// start together take turns, because concurrent <c>CREATE TABLE IF NOT EXISTS</c> can still collide on the catalog.
/// </summary>
public static class PostgresSchema
{
    /// <summary>Any fixed number, shared by every silo: "funderportal schema".</summary>
    private const long LockKey = 0x46_50_53_43_48_45_4D;

    public const int Version = 1;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS events (
            stream_id   text   NOT NULL,
            version     bigint NOT NULL,
            type        text   NOT NULL,
            data        text   NOT NULL,
            recorded_at text   NOT NULL,
            actor       text   NOT NULL,
            PRIMARY KEY (stream_id, version));
        CREATE TABLE IF NOT EXISTS snapshots (
            stream_id   text    NOT NULL,
            schema      integer NOT NULL,
            version     bigint  NOT NULL,
            recorded_at text    NOT NULL,
            data        text    NOT NULL,
            PRIMARY KEY (stream_id, schema, version));
        CREATE TABLE IF NOT EXISTS attachments (
            id         text        PRIMARY KEY,
            size_bytes bigint      NOT NULL,
            content    bytea       NOT NULL,
            stored_at  timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS personal_keys (
            key_id     text        PRIMARY KEY,
            person_id  text        NOT NULL,
            purpose    text        NOT NULL,
            period     text        NOT NULL,
            material   bytea       NOT NULL,
            created_at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS personal_keys_person ON personal_keys (person_id);
        CREATE INDEX IF NOT EXISTS personal_keys_period ON personal_keys (purpose, period);
        CREATE TABLE IF NOT EXISTS personal_streams (
            person_id text NOT NULL,
            stream_id text NOT NULL,
            PRIMARY KEY (person_id, stream_id));
        CREATE INDEX IF NOT EXISTS personal_streams_stream ON personal_streams (stream_id);
        CREATE TABLE IF NOT EXISTS personal_erasures (
            person_id      text        NOT NULL,
            erased_at      timestamptz NOT NULL,
            erased_by      text        NOT NULL,
            keys_destroyed integer     NOT NULL);
        CREATE TABLE IF NOT EXISTS data_protection_keys (
            friendly_name text        PRIMARY KEY,
            xml           text        NOT NULL,
            stored_at     timestamptz NOT NULL DEFAULT now());

        CREATE TABLE IF NOT EXISTS schema_version (
            version    integer     PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now());
        """;

    public static async Task EnsureCreatedAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var command = new NpgsqlCommand(Ddl, connection, transaction))
            await command.ExecuteNonQueryAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("INSERT INTO schema_version (version) VALUES (@v) ON CONFLICT DO NOTHING", connection, transaction))
        {
            command.Parameters.AddWithValue("v", Version);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
