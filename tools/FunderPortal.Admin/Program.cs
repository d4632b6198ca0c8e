using FunderPortal.Admin;

// funderportal-admin backup <file> | restore <file> | copy-to-postgres
// Reads the portal's own settings from the environment: Portal__Mode, Portal__DataPath, ConnectionStrings__Events.
const string Usage = """
    usage: funderportal-admin backup <file>      embedded: SQLite online backup (+ <file>.attachments/); cluster: pg_dump
           funderportal-admin restore <file>     the reverse; stop the portal (every silo) first
           funderportal-admin copy-to-postgres   copy the embedded store (Portal__DataPath) into ConnectionStrings__Events
    """;

try
{
    var settings = AdminSettings.FromEnvironment();
    switch (args)
    {
        case ["backup", var file] when settings.Cluster:
            await PostgresBackup.DumpAsync(settings.RequiredEvents, file);
            break;
        case ["backup", var file]:
            SqliteBackup.Backup(settings.SqlitePath, settings.AttachmentsPath, file);
            break;
        case ["restore", var file] when settings.Cluster:
            await PostgresBackup.RestoreAsync(settings.RequiredEvents, file);
            break;
        case ["restore", var file]:
            SqliteBackup.Restore(file, settings.SqlitePath, settings.AttachmentsPath);
            break;
        case ["copy-to-postgres"]:
            var copied = await SqliteToPostgres.CopyAsync(settings.SqlitePath, settings.AttachmentsPath, settings.RequiredEvents);
            Console.WriteLine($"Copied {copied.Events} events, {copied.Snapshots} snapshots, {copied.Files} files, {copied.Keys} personal keys.");
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
    Console.WriteLine("Done.");
    return 0;
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
