namespace FunderPortal.Http;

public enum PortalMode
{
    /// <summary>One silo co-hosted with the web host, SQLite file storage.</summary>
    Embedded,

    /// <summary>Several silos: membership on Redis, events and files in PostgreSQL (<c>ConnectionStrings:Events</c>, <c>ConnectionStrings:Redis</c>).</summary>
    Cluster,
}
