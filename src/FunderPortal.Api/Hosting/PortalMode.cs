namespace FunderPortal.Api.Hosting;

public enum PortalMode
{
    /// <summary>One silo co-hosted with the web host, SQLite file storage.</summary>
    Embedded,
}
