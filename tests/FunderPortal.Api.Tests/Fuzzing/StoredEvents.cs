using Microsoft.Data.Sqlite;

namespace FunderPortal.Api.Tests.Fuzzing;

/// <summary>Reads the portal's event store beside it, to see whether a refused request left anything behind.</summary>
public sealed class StoredEvents(string databasePath) : IDisposable
{
    private readonly SqliteConnection _connection = Open(databasePath);

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    public long LastRow()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(rowid), 0) FROM events";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Streams written after <paramref name="row"/>, leaving out what grains keep up to date in the background: funders'
    /// portfolios (charities push summaries on their own time), people's places (charities, funders and rounds tell them
    /// after a membership change), outboxes' delivered marks (written once a grain's notices are all delivered) and
    /// notifications received in people's centres (told by other grains, sometimes through a second grain that knows its
    /// members; the person's own writes there, such as marking read, are checked) and grant imports' own progress (an import
    /// accepted earlier runs in the background, its grain recording batch after batch). All are written only after an append
    /// to the owner's own stream, which is checked, so a refused request cannot cause one; a late one from an earlier
    /// accepted request may land while a later request is refused, which is not that request's doing. Access logs too:
    /// a grain holds the reads it let through and stores them together within a second, so an earlier accepted read may
    /// be stored while a later request is refused (a refused read is never held: the grain logs only what it answers).
    /// </summary>
    public IReadOnlyList<string> StreamsWrittenAfter(long row)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT stream_id FROM events WHERE rowid > $row AND stream_id NOT LIKE 'funder-portfolio/%' AND stream_id NOT LIKE 'person/%' AND stream_id NOT LIKE 'outbox/%'"
            + " AND stream_id NOT LIKE 'charity-access/%' AND stream_id NOT LIKE 'funder-access/%'"
            + " AND NOT (stream_id LIKE 'notifications/%' AND type = 'NotificationReceived') AND stream_id NOT LIKE 'grant-import/%'";
        command.Parameters.AddWithValue("$row", row);
        using var reader = command.ExecuteReader();
        var streams = new List<string>();
        while (reader.Read())
            streams.Add(reader.GetString(0));
        return streams;
    }

    public void Dispose() => _connection.Dispose();
}
