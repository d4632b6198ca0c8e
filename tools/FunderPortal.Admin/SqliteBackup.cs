using Microsoft.Data.Sqlite;

namespace FunderPortal.Admin;

/// <summary>
/// The embedded store's backup: SQLite's online backup API copies a consistent snapshot while the portal keeps
/// writing. Restoring copies a backup over the live file and must run while the portal is stopped.
/// Evidence files are content-addressed: they are copied beside the backup, and back, without overwriting.
/// </summary>
public static class SqliteBackup
{
    public static void Backup(string databasePath, string attachmentsPath, string backupFile)
    {
        if (!File.Exists(databasePath))
            throw new InvalidOperationException($"No embedded database at {databasePath}.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(backupFile))!);
        File.Delete(backupFile);
        using (var source = Open(databasePath, SqliteOpenMode.ReadOnly))
        using (var destination = Open(backupFile, SqliteOpenMode.ReadWriteCreate))
            source.BackupDatabase(destination);
        CopyFiles(attachmentsPath, backupFile + ".attachments");
    }

    public static void Restore(string backupFile, string databasePath, string attachmentsPath)
    {
        if (!File.Exists(backupFile))
            throw new InvalidOperationException($"No backup at {backupFile}.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        using (var source = Open(backupFile, SqliteOpenMode.ReadOnly))
        using (var destination = Open(databasePath, SqliteOpenMode.ReadWriteCreate))
            source.BackupDatabase(destination);
        CopyFiles(backupFile + ".attachments", attachmentsPath);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void CopyFiles(string from, string to)
    {
        if (!Directory.Exists(from))
            return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("incoming", StringComparison.Ordinal))
                continue; // uploads still streaming in
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
                File.Copy(file, target);
        }
    }
}
